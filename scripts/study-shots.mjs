/* global window */
// Writes PNGs of study mode at 1280×800 and 1920×1080, to screenshots/study/: a locate feedback (true site, click,
// cun ruler, expert area), the name, order and level questions (a level named by the student and one clicked), and a
// deck's progress with its locate-error chart after answers on five days (and the chart alone, progress-chart-*).
// Usage: node scripts/study-shots.mjs [--no-build]
import { mkdirSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const OUT = 'screenshots/study';
mkdirSync(OUT, { recursive: true });

/** Waits for the camera to come to rest (the study hooks know the locate view; other moves are short flights). */
const settle = (page) => page.waitForTimeout(1500);

async function startRound(panel, deck, quiz, levelBy) {
  await panel.getByLabel('Deck', { exact: true }).selectOption(deck);
  await panel.getByLabel(quiz).check();
  if (levelBy) await panel.getByLabel('Ask by').selectOption(levelBy);
  await panel.getByRole('button', { name: 'Start a round' }).click();
}

async function endRound(panel) {
  await panel.getByRole('button', { name: 'End the round' }).click();
}

/**
 * A locate round on the lower leg, one question a day, each answered 0.3–1.5 B-cun off: the chart gets five days. The
 * feedback shot is of the first question whose point has an expert area (the deck's first new cards include ST36 and
 * ST38), else of the last.
 */
async function locateRound(page, panel, shot) {
  let shotTaken = false;
  await startRound(panel, 'region:knee-leg', 'Locate: click where it is');
  for (let q = 0; q < 5; q++) {
    await panel.getByText(`Question ${q + 1} of 5`).waitFor();
    const code = await panel.getByTestId('study-prompt').textContent();
    await page.waitForFunction((c) => window.__pointatlasStudy?.atQuestionView(c), code, { timeout: 60_000 });
    await settle(page);
    const off = [1.5, 1.2, 0.9, 0.6, 0.3][q];
    let spot = null;
    for (const k of [off, -off])
      spot ??= await page.evaluate(([c, b]) => window.__pointatlasStudy.offsetFrom(c, b), [code, k]);
    await page.mouse.click(spot.x, spot.y);
    await panel.getByTestId('study-feedback').waitFor();
    const withArea = !(await panel.getByTestId('study-expert-area').getAttribute('class'))?.includes('muted');
    if (!shotTaken && (withArea || q === 4)) {
      await settle(page);
      await shot('locate-feedback');
      shotTaken = true;
    }
    await page.evaluate(() => window.__pointatlasStudy.advanceDays(1));
    await panel.getByRole('button', { name: q === 4 ? 'See the round' : 'Next question' }).click();
  }
  await panel.getByRole('button', { name: 'Back to the decks' }).click();
}

const { base, stop } = await servePreview(4179, { build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  const shot = async (name) => {
    const file = `${OUT}/${name}-${width}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  };
  await page.goto(`${base}/`);
  await waitReady(page);
  await page.getByRole('button', { name: 'Study', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Study' });
  await panel.getByRole('button', { name: 'Start a round' }).waitFor();
  await page.waitForFunction(() => window.__pointatlasStudy?.levelsReady(), null, { timeout: 90_000 });

  await locateRound(page, panel, shot);
  await panel.getByLabel('Locate: click where it is').check();
  // the chart's code loads with its first showing: wait until it is drawn
  await panel.locator('[data-testid="study-error-chart"] [data-drawn="true"]').waitFor();
  await shot('progress');
  await panel.getByTestId('study-error-chart').screenshot({ path: `${OUT}/progress-chart-${width}.png` });

  await startRound(panel, 'channel:ST', 'Name: which point is marked');
  await settle(page);
  await shot('name-question');
  await endRound(panel);

  await startRound(panel, 'channel:ST', 'Order: along the channel');
  await shot('order-question');
  await endRound(panel);

  await startRound(panel, 'layer:dermatomes', 'Level: dermatome patches', 'name');
  await settle(page);
  await shot('level-name-question');
  await page.keyboard.press('1');
  await shot('level-name-feedback');
  await endRound(panel);

  await startRound(panel, 'layer:dermatomes', 'Level: dermatome patches', 'click');
  await settle(page);
  await shot('level-click-question');
  const spot = await page.evaluate(() => window.__pointatlasStudy.levelSpot('T10'));
  if (spot) await page.mouse.click(spot.x, spot.y);
  await settle(page);
  await shot('level-click-feedback');
  await page.close();
}
await browser.close();
stop();
