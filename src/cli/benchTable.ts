import { cpus, loadavg } from 'node:os';
import type { UserBodyRun } from './benchUserBody';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The frames per second, or why there is no figure ("—" when the browser part did not run). */
const frameRate = (fps: number | string | undefined) =>
  typeof fps === 'number' ? fps.toFixed(1) : (fps ?? '—');

/**
 * One table of how the cost grows with the body's size: per MakeHuman run the import or subdivision (marked when
 * read from the cache), surface index, landmark transfer, sites resolved, and the frame rate with every layer on;
 * the shipped female body's frame rate beneath for comparison.
 */
export function printCostTable(
  runs: UserBodyRun[],
  fps: Map<string, number | string>,
  femaleTriangles: number | undefined,
): void {
  if (!runs.length && !fps.size) return;
  const rows = [
    ['body', 'triangles', 'import / subdivision', 'surface index', 'landmark transfer', 'sites', 'frames/s'],
    ...runs.map((r) => [
      r.name,
      (r.skin.indices.length / 3).toLocaleString('en'),
      `${r.made.step} ${seconds(r.made.ms)}${r.made.cached ? ' (cached mesh; time when made)' : ''}`,
      seconds(r.index),
      seconds(r.transfer),
      `${r.sites} in ${seconds(r.resolve)}${r.errors.length ? `, ${r.errors.length} failed` : ''}`,
      frameRate(fps.get(r.name)),
    ]),
  ];
  if (fps.has('female (shipped)'))
    rows.push([
      'female (shipped)',
      femaleTriangles ? `${femaleTriangles.toLocaleString('en')} + ears` : '',
      '',
      '',
      '',
      '',
      frameRate(fps.get('female (shipped)')),
    ]);
  // pad every column but the last (which may hold a sentence on why a figure is missing)
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  console.log('\nHow the cost grows with the body (frame rate: every layer on, 1280×800, headless Chromium)');
  // the figures swing with what else runs on the machine: say how busy it was
  const cores = cpus();
  console.log(
    `machine: ${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (1, 5, 15 min)`,
  );
  for (const row of rows)
    console.log(row.map((cell, c) => (c < row.length - 1 ? cell.padEnd(widths[c]) : cell)).join('  '));
}
