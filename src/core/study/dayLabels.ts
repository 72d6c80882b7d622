const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * The most labels the progress chart's day axis carries: its plot is about 175 px wide in the study panel, and a
 * label ("10 Dec") about 35 px, so four leave a gap between neighbours.
 */
export const MAX_DAY_LABELS = 4;

/**
 * The x-axis labels of the days studied (`YYYY-MM-DD`, oldest first), one per day, on one line each: `6 Dec`, with
 * the year (`1 Jan ’27`) only on the first label of a new year, and on the first label when the days span years.
 * Beyond `max` days only every k-th day is labelled (the latest always) and the rest are left blank, so that the
 * labels never overlap. No locale: the chart must not depend on the browser. (The year is written `’27`, not ` 27`:
 * the chart puts a trailing number after a space on a second line.)
 */
export function dayLabels(days: readonly string[], max = MAX_DAY_LABELS): string[] {
  const step = Math.max(1, Math.ceil(days.length / Math.max(1, max)));
  const years = new Set(days.map((d) => d.slice(0, 4)));
  let shownYear = years.size > 1 ? '' : days[0]?.slice(0, 4);
  return days.map((iso, i) => {
    if ((days.length - 1 - i) % step !== 0) return '';
    const [y, m, d] = iso.split('-');
    const label = `${Number(d)} ${MONTHS[Number(m) - 1] ?? '?'}`;
    if (y === shownYear) return label;
    shownYear = y;
    return `${label} ’${y.slice(2)}`;
  });
}
