import type { Locator, Page } from '@playwright/test';
import { cameraSettled, countViewPixels, expect, openAtlas, test } from './helpers';

/** The marked patch's pink as drawn over the skin (#ff3df5 at 0.6 over the skin, as measured in a screenshot), matched loosely. */
const PATCH_HEX = '#e47cca';

/** Opens study mode and waits for its panel and its hooks in the canvas. */
async function openStudy(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Study', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Study' });
  await expect(panel.getByRole('button', { name: 'Start a round' })).toBeEnabled();
  await expect.poll(() => page.evaluate(() => !!window.__pointatlasStudy)).toBe(true);
  return panel;
}

/** The screen spot `bcun` B-cun over the skin from a point's site along its segment (either way that is in view). */
async function spotFrom(page: Page, code: string, bcun: number) {
  for (const k of bcun === 0 ? [0] : [bcun, -bcun]) {
    const spot = await page.evaluate(
      ([c, b]) => window.__pointatlasStudy!.offsetFrom(c as string, b as number),
      [code, k],
    );
    if (spot) return spot;
  }
  throw new Error(`no spot ${bcun} B-cun from ${code} in view`);
}

/** Errors the page reports (a failure inside the 3D scene shows only here and as a broken view). */
function pageErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && seen.push(m.text())));
  return seen;
}

const scoreOf = async (panel: Locator) =>
  Number(await panel.getByTestId('study-score').getAttribute('data-bcun'));

/**
 * Answers the five questions of a name or level round from the keyboard: the first choice has the focus and Enter
 * takes it, later questions take a choice by its number key. `check` looks at each question's four choices before
 * the answer. Returns how many answers were right.
 */
async function answerByKeys(
  page: Page,
  panel: Locator,
  round: 'name' | 'level',
  check: (q: number, codes: string[]) => Promise<void> = async () => {},
): Promise<number> {
  const marked = round === 'name' ? 'point' : 'patch';
  let right = 0;
  for (let q = 0; q < 5; q++) {
    await expect(panel.getByText(`Question ${q + 1} of 5`)).toBeVisible();
    const choices = panel.getByRole('list', { name: 'Choices' }).getByRole('button');
    await expect(choices).toHaveCount(4);
    const codes = await choices.locator('strong').allTextContents();
    expect(new Set(codes).size).toBe(4);
    await check(q, codes);
    await expect(choices.first()).toBeFocused();
    const chosen = codes[q % 4];
    await page.keyboard.press(q === 0 ? 'Enter' : String((q % 4) + 1));
    const result = panel.getByTestId(`study-${round}-result`);
    await expect(result).toBeVisible();
    const text = (await result.textContent())!;
    if (text.startsWith('Right')) {
      right++;
      expect(text).toBe(`Right: ${chosen}.`);
    } else
      expect(text).toMatch(new RegExp(`^Not ${chosen}: the marked ${marked} is (${codes.join('|')})\\.$`));
    await expect(panel.getByRole('button', { name: /Next question|See the round/ })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  return right;
}

/** Waits for the body's dermatome map, which brings the level patches and the key points' sites. */
async function levelsReady(page: Page) {
  await expect
    .poll(() => page.evaluate(() => window.__pointatlasStudy!.levelsReady()), { timeout: 90_000 })
    .toBe(true);
}

test('a locate round on the lower leg is scored in B-cun; progress survives a reload and due cards come back', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = pageErrors(page);
  await openAtlas(page);
  let panel = await openStudy(page);
  await panel.getByLabel('Deck', { exact: true }).selectOption('region:knee-leg');
  await expect(panel.getByLabel('Locate: click where it is')).toBeChecked();
  await expect(panel.getByText('need a pointer', { exact: false })).toBeVisible();
  await panel.getByRole('button', { name: 'Start a round' }).click();

  // question 1 at the true site, question 2 three B-cun along the segment, the others one B-cun off
  const offsets = [0, 3, 1, 0, 1];
  const asked: string[] = [];
  for (const [q, offset] of offsets.entries()) {
    await expect(panel.getByText(`Question ${q + 1} of 5`)).toBeVisible();
    const code = (await panel.getByTestId('study-prompt').textContent())!;
    asked.push(code);
    await expect
      .poll(() => page.evaluate((c) => window.__pointatlasStudy!.atQuestionView(c), code), {
        message: `the camera at the view of question ${q + 1} (${code})`,
      })
      .toBe(true);
    await cameraSettled(page);
    const spot = await spotFrom(page, code, offset);
    await page.mouse.click(spot.x, spot.y);
    await expect(panel.getByTestId('study-feedback')).toBeVisible();
    const score = await scoreOf(panel);
    // the click lands on the pixel nearest the spot: allow a little for that and for the walk over the skin
    expect(Math.abs(score - offset), `${code}: ${score} B-cun for a click ${offset} B-cun away`).toBeLessThan(
      offset === 0 ? 0.15 : 0.3,
    );
    await expect(panel.getByTestId('study-score')).toHaveAttribute('data-right', String(offset === 0));
    await expect(panel.getByTestId('study-score')).toContainText(/\d+ mm/);
    await expect(panel.getByTestId('study-feedback')).toContainText('1 B-cun =');
    // a site found by measuring has its ruler drawn (one at a landmark has none to draw)
    if ((await panel.getByTestId('study-marks').textContent())?.includes('ruler'))
      await expect
        .poll(() => page.evaluate(() => window.__pointatlas?.rulerParts?.() ?? 0))
        .toBeGreaterThan(0);
    await panel.getByRole('button', { name: q === 4 ? 'See the round' : 'Next question' }).click();
  }
  await expect(panel.getByTestId('study-summary')).toHaveText(/^2 of 5 right/);
  await expect(panel.getByTestId('study-summary-row')).toHaveCount(5);
  await panel.getByRole('button', { name: 'Back to the decks' }).click();
  const total = Number((await panel.getByTestId('study-due').textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(5);
  await expect(panel.getByTestId('study-due')).toHaveText(`${total - 5} of ${total}`);
  await expect(panel.getByTestId('study-retention')).toHaveText('40 % right');
  await expect(panel.getByTestId('study-error-chart').locator('canvas').first()).toBeVisible();

  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  panel = await openStudy(page);
  await panel.getByLabel('Deck', { exact: true }).selectOption('region:knee-leg');
  await expect(panel.getByTestId('study-seen')).toHaveText('5');
  await expect(panel.getByTestId('study-due')).toHaveText(`${total - 5} of ${total}`);
  await expect(panel.getByTestId('study-retention')).toHaveText('40 % right');

  // forty days on, every answered card is due again and comes first in the next round
  await page.evaluate(() => window.__pointatlasStudy!.advanceDays(40));
  await panel.getByLabel('Name: which point is marked').check();
  await panel.getByLabel('Locate: click where it is').check();
  await expect(panel.getByTestId('study-due')).toHaveText(`${total} of ${total}`);
  await panel.getByRole('button', { name: 'Start a round' }).click();
  expect(asked).toContain(await panel.getByTestId('study-prompt').textContent());
  expect(errors).toEqual([]);
});

test('a name round is answered from the keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = pageErrors(page);
  await openAtlas(page);
  const panel = await openStudy(page);
  await panel.getByLabel('Deck', { exact: true }).selectOption('channel:ST');
  await panel.getByLabel('Name: which point is marked').check();
  await panel.getByRole('button', { name: 'Start a round' }).focus();
  await page.keyboard.press('Enter');
  const right = await answerByKeys(page, panel, 'name');
  await expect(panel.getByTestId('study-summary')).toHaveText(new RegExp(`^${right} of 5 right`));
  expect(errors).toEqual([]);
});

/** Chooses the dermatome deck and the level quiz, asked as `by`, once the body's dermatome map is there. */
async function levelSetup(page: Page, panel: Locator, by: 'name' | 'click') {
  await panel.getByLabel('Deck', { exact: true }).selectOption('layer:dermatomes');
  await panel.getByLabel('Level: dermatome patches').check();
  await panel.getByLabel('Ask by').selectOption(by);
  await levelsReady(page);
}

test('a level round names marked dermatome patches from the keyboard', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = pageErrors(page);
  await openAtlas(page);
  const panel = await openStudy(page);
  await levelSetup(page, panel, 'name');
  const before = await countViewPixels(page, [PATCH_HEX], 30);
  await panel.getByRole('button', { name: 'Start a round' }).focus();
  await page.keyboard.press('Enter');
  const right = await answerByKeys(page, panel, 'level', async (q, codes) => {
    for (const c of codes) expect(c).toMatch(/^(C[2-8]|T\d{1,2}|L[1-5]|S[1-3]|S4-5)$/);
    if (q === 0) {
      // the marked patch is drawn: pink skin that was not there before the round
      await cameraSettled(page);
      const [during] = await countViewPixels(page, [PATCH_HEX], 30);
      expect(during, 'pink patch pixels').toBeGreaterThan(before[0] + 200);
    }
  });
  await expect(panel.getByTestId('study-summary')).toHaveText(new RegExp(`^${right} of 5 right`));
  await panel.getByRole('button', { name: 'Back to the decks' }).click();
  await expect(panel.getByTestId('study-due')).toHaveText('23 of 28');
  expect(errors).toEqual([]);
});

test('a level round asks for a level and scores a click on its patch', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = pageErrors(page);
  await openAtlas(page);
  const panel = await openStudy(page);
  await levelSetup(page, panel, 'click');
  await panel.getByRole('button', { name: 'Start a round' }).click();
  const asked: string[] = [];
  for (let q = 0; q < 5; q++) {
    await expect(panel.getByText(`Question ${q + 1} of 5`)).toBeVisible();
    const level = (await panel.getByTestId('study-prompt').textContent())!;
    asked.push(level);
    await cameraSettled(page);
    // the second question is answered on another level's skin: the first one asked, seen from here if possible
    const target = q === 1 ? 'T10' : level;
    const spot = await page.evaluate((l) => window.__pointatlasStudy!.levelSpot(l), target);
    expect(spot, `a spot of ${target} in view`).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    const result = panel.getByTestId('study-level-result');
    await expect(result).toHaveText(
      target === level
        ? `Right: ${level}.`
        : `That was ${target}. The ${level} dermatome is marked in green, your click in red.`,
    );
    await panel.getByRole('button', { name: q === 4 ? 'See the round' : 'Next question' }).click();
  }
  expect(asked).not.toContain('T10');
  await expect(panel.getByTestId('study-summary')).toHaveText(/^4 of 5 right/);
  await panel.getByRole('button', { name: 'Back to the decks' }).click();
  await expect(panel.getByTestId('study-due')).toHaveText('23 of 28');
  await expect(panel.getByTestId('study-retention')).toHaveText('80 % right');
  expect(errors).toEqual([]);
});

test('an ISNCSCI key point is a locate question scored in B-cun', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = pageErrors(page);
  await openAtlas(page);
  const panel = await openStudy(page);
  await panel.getByLabel('Deck', { exact: true }).selectOption('layer:dermatome-key');
  await panel.getByLabel('Name the point by').selectOption('english');
  // the key points' sites come with the dermatome map
  await levelsReady(page);
  await panel.getByRole('button', { name: 'Start a round' }).click();
  const prompt = (await panel.getByTestId('study-prompt').textContent())!;
  expect(prompt).toMatch(/^(C[2-8]|T\d{1,2}|L[1-5]|S[1-3]|S4-5) key sensory point$/);
  const code = `KSP-${prompt.split(' ')[0]}`;
  await expect.poll(() => page.evaluate((c) => window.__pointatlasStudy!.atQuestionView(c), code)).toBe(true);
  await cameraSettled(page);
  const spot = await spotFrom(page, code, 1);
  await page.mouse.click(spot.x, spot.y);
  const score = await scoreOf(panel);
  expect(Math.abs(score - 1), `${code}: ${score} B-cun for a click 1 B-cun away`).toBeLessThan(0.3);
  await expect(panel.getByTestId('study-score')).toHaveAttribute('data-right', 'false');
  await expect(panel.getByTestId('study-marks')).toContainText(new RegExp(`\\(${code}(\\.[LR])?\\)`));
  expect(errors).toEqual([]);
});
