import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayLabels, MAX_DAY_LABELS } from '../../../src/core/study/dayLabels';

/** `n` distinct days from `start` on, `gap` days apart at most, oldest first. */
const daysFrom = (start: number, gaps: readonly number[]) =>
  gaps
    .reduce<number[]>((acc, g) => [...acc, (acc.at(-1) ?? start) + g], [start])
    .map((t) => new Date(t * 86_400_000).toISOString().slice(0, 10));

describe('the day labels of the progress chart', () => {
  it('writes a day and a month, one line, no year within one year', () => {
    expect(dayLabels(['2026-12-02', '2026-12-03', '2026-12-06'])).toEqual(['2 Dec', '3 Dec', '6 Dec']);
  });

  it('adds the year where it changes, and on the first label when the days span years', () => {
    expect(dayLabels(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-04'])).toEqual([
      '30 Dec ’26',
      '31 Dec',
      '1 Jan ’27',
      '4 Jan',
    ]);
  });

  it('labels every k-th day, the latest always, when there are too many to fit', () => {
    const days = daysFrom(
      20_000,
      Array.from({ length: 11 }, () => 1),
    ); // 12 days in a row
    const labels = dayLabels(days, 6);
    expect(labels).toHaveLength(12);
    expect(labels.filter(Boolean)).toHaveLength(6);
    expect(labels.at(-1)).not.toBe('');
    expect(labels.map((l) => l !== '')).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('labels at most the maximum, each on one line and short, and a year change is never hidden (any days)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19_000, max: 22_000 }),
        fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 60 }),
        (start, gaps) => {
          const days = daysFrom(start, gaps);
          const labels = dayLabels(days);
          expect(labels).toHaveLength(days.length);
          const shown = labels.filter(Boolean);
          expect(shown.length).toBeGreaterThan(0);
          expect(shown.length).toBeLessThanOrEqual(MAX_DAY_LABELS);
          expect(labels.at(-1)).not.toBe('');
          for (const l of shown) {
            expect(l).toMatch(/^\d{1,2} [A-Z][a-z]{2}( ’\d\d)?$/);
            expect(l).not.toMatch(/ \d+$/); // the chart would break a trailing " 26" onto a second line
          }
          // reading the labels left to right, the last year written is the year of every labelled day
          let year: string | undefined = days[0].slice(2, 4);
          labels.forEach((l, i) => {
            if (!l) return;
            year = l.match(/’(\d\d)$/)?.[1] ?? year;
            expect(year).toBe(days[i].slice(2, 4));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('labels nothing for no days', () => {
    expect(dayLabels([])).toEqual([]);
  });
});
