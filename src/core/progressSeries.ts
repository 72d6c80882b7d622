import type { VisitFields } from '../schema/records/visit';
import { byDate } from './visits';

/** A chart's data in uPlot's aligned form: x values, then one array per series (null = not measured that visit). */
export type AlignedData = [number[], ...(number | null)[][]];

/** One line of a chart: its legend label and how it is drawn (colour plus dash, so it reads in greyscale). */
export interface SeriesStyle {
  label: string;
  stroke: string;
  /** Dash pattern in CSS px; empty = solid. */
  dash: number[];
  /** Marker drawn at each value: a filled or hollow dot, so lines stay apart where they cross. */
  fill: boolean;
}

/** A chart ready to draw: title, y unit and range, x tick labels (visit dates), series styles and data. */
export interface ChartModel {
  title: string;
  /** The x axis's name; 'Visit' when absent. */
  xName?: string;
  yLabel: string;
  yRange: [number, number];
  /** The date of each visit, indexed like the x values (visit 1 = index 0). */
  xLabels: string[];
  series: SeriesStyle[];
  data: AlignedData;
  /** Horizontal reference lines (e.g. the normal range), drawn thin and labelled in the chart's caption. */
  guides: { y: number; label: string }[];
}

const BEFORE: Omit<SeriesStyle, 'label'> = { stroke: '#b3261e', dash: [], fill: true };
const AFTER: Omit<SeriesStyle, 'label'> = { stroke: '#1f5fa8', dash: [8, 5], fill: false };
const AFTER15: Omit<SeriesStyle, 'label'> = { stroke: '#2e7d32', dash: [2, 4], fill: true };

type Dated = Pick<VisitFields, 'date' | 'nrsBefore' | 'nrsAfter' | 'readings'>;

const orNull = (n: number | undefined): number | null => (n === undefined ? null : n);
/** Short date for an axis tick: `2026-03-04` → `4 Mar 26` (no locale: the print must not depend on the browser). */
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? '?'} ${y?.slice(2)}`;
}

/** Pain on the 0–10 scale before and after treatment, visit by visit (x = visit number from 1). */
export function painChart(visits: readonly Dated[]): ChartModel {
  const sorted = byDate(visits);
  return {
    title: 'Pain (NRS 0–10) by visit',
    yLabel: 'NRS (0–10)',
    yRange: [0, 10],
    xLabels: sorted.map((v) => shortDate(v.date)),
    series: [
      { label: 'Pain before', ...BEFORE },
      { label: 'Pain after', ...AFTER },
    ],
    data: [
      sorted.map((_, i) => i + 1),
      sorted.map((v) => orNull(v.nrsBefore)),
      sorted.map((v) => orNull(v.nrsAfter)),
    ],
    guides: [],
  };
}

/** The sites measured with the algometer in any visit, in order of first appearance. */
export function measuredSites(visits: readonly Dated[]): string[] {
  const seen = new Set<string>();
  for (const v of byDate(visits)) for (const r of v.readings) seen.add(r.site);
  return [...seen];
}

/**
 * One site's pressure-pain threshold over the visits: before, 1 min and 15 min after (kg/cm²), with the normal range
 * as guides. The y range covers the readings and the normal range, from 0.
 */
export function thresholdChart(
  visits: readonly Dated[],
  site: string,
  normal: { min: number; max: number },
): ChartModel {
  const sorted = byDate(visits);
  const pick = (when: 'before' | 'after1' | 'after15') =>
    sorted.map((v) => orNull(v.readings.find((r) => r.site === site)?.[when]));
  const before = pick('before');
  const after1 = pick('after1');
  const after15 = pick('after15');
  const top = Math.max(normal.max, ...[...before, ...after1, ...after15].map((n) => n ?? 0));
  return {
    title: `Pressure-pain threshold at ${site}`,
    yLabel: 'kg/cm²',
    yRange: [0, Math.ceil(top + 1)],
    xLabels: sorted.map((v) => shortDate(v.date)),
    series: [
      { label: 'Before', ...BEFORE },
      { label: '1 min after', ...AFTER },
      { label: '15 min after', ...AFTER15 },
    ],
    data: [sorted.map((_, i) => i + 1), before, after1, after15],
    guides: [
      { y: normal.min, label: `normal from ${normal.min}` },
      { y: normal.max, label: `to ${normal.max} kg/cm²` },
    ],
  };
}

/** True when a chart has at least one value to draw. */
export const hasValues = (chart: ChartModel): boolean =>
  chart.data.slice(1).some((s) => (s as (number | null)[]).some((n) => n !== null));
