import { describe, expect, it } from 'vitest';
import { quizItems } from '../../../src/core/study/decks';
import { inOrder, moveCode, orderRuns } from '../../../src/core/study/orderQuiz';
import { atlasData } from '../../../src/data';

const items = quizItems(atlasData.points);
const st = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `ST${from + i}`);

describe('the order quiz', () => {
  it('cuts a channel into runs of five neighbours in their order, a short tail joining the run before', () => {
    const runs = orderRuns(st(30, 41), items);
    // 12 points: 30–34, 35–39, and 40–41 too short to stand alone
    expect(runs.map((r) => r.codes)).toEqual([st(30, 34), st(35, 41)]);
    expect(runs.map((r) => r.start)).toEqual(['ST30', 'ST35']);
    expect(orderRuns(st(30, 42), items).map((r) => r.codes)).toEqual([st(30, 34), st(35, 39), st(40, 42)]);
  });

  it('keeps channels apart and leaves out points of no channel', () => {
    const runs = orderRuns(['SP6', 'SP9', 'ST36', 'ST37', 'SP7', 'EX-LE7'], items);
    expect([...runs].sort((a, b) => a.start.localeCompare(b.start))).toEqual([
      { start: 'SP6', channel: 'SP', codes: ['SP6', 'SP7', 'SP9'] },
      { start: 'ST36', channel: 'ST', codes: ['ST36', 'ST37'] },
    ]);
  });

  it('moves a point up and down, and knows the right order when it sees it', () => {
    const run = orderRuns(st(36, 40), items)[0];
    let given = ['ST38', 'ST36', 'ST37', 'ST40', 'ST39'];
    expect(inOrder(run, given)).toBe(false);
    given = moveCode(given, 0, 2);
    expect(given).toEqual(['ST36', 'ST37', 'ST38', 'ST40', 'ST39']);
    given = moveCode(given, 4, 3);
    expect(inOrder(run, given)).toBe(true);
    expect(moveCode(given, 0, -1)).toEqual(given);
  });
});
