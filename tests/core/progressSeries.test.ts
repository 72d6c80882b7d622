import { describe, expect, it } from 'vitest';
import {
  hasValues,
  measuredSites,
  painChart,
  shortDate,
  thresholdChart,
} from '../../src/core/progressSeries';

const visits = [
  {
    date: '2026-03-18',
    nrsBefore: 5,
    nrsAfter: 2,
    readings: [{ site: 'NPT-SCN L', before: 2.5, after15: 3.5 }],
  },
  {
    date: '2026-03-04',
    nrsBefore: 7,
    readings: [
      { site: 'BL40 both', before: 3 },
      { site: 'NPT-SCN L', before: 2, after1: 3 },
    ],
  },
];
const normal = { min: 3, max: 4 };

describe('progress chart series', () => {
  it('orders pain by visit date, keeping a missing rating as a gap', () => {
    const c = painChart(visits);
    expect(c.data).toEqual([
      [1, 2],
      [7, 5],
      [null, 2],
    ]);
    expect(c.xLabels).toEqual(['4 Mar 26', '18 Mar 26']);
    expect(c.series.map((s) => s.label)).toEqual(['Pain before', 'Pain after']);
  });

  it('draws before and after apart by dash as well as colour', () => {
    const [a, b] = painChart(visits).series;
    expect(a!.dash).not.toEqual(b!.dash);
    expect(a!.stroke).not.toBe(b!.stroke);
  });

  it('lists measured sites in order of first measurement', () => {
    expect(measuredSites(visits)).toEqual(['BL40 both', 'NPT-SCN L']);
  });

  it('gives a site its three readings per visit and the normal range as guides', () => {
    const c = thresholdChart(visits, 'NPT-SCN L', normal);
    expect(c.data).toEqual([
      [1, 2],
      [2, 2.5],
      [3, null],
      [null, 3.5],
    ]);
    expect(c.guides.map((g) => g.y)).toEqual([3, 4]);
    expect(c.yRange).toEqual([0, 5]);
    expect(
      thresholdChart([{ date: '2026-01-01', readings: [{ site: 'X', before: 12.2 }] }], 'X', normal).yRange,
    ).toEqual([0, 14]);
  });

  it('knows when there is nothing to draw', () => {
    expect(hasValues(thresholdChart(visits, 'GB30 both', normal))).toBe(false);
    expect(hasValues(painChart([]))).toBe(false);
    expect(hasValues(painChart(visits))).toBe(true);
  });

  it('writes axis dates without the browser locale', () => {
    expect(shortDate('2027-12-09')).toBe('9 Dec 27');
  });
});
