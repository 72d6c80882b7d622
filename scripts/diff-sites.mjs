/**
 * Compares two `npm run export` folders per body: every site (and landmark) whose position moved by more than a
 * threshold, left side and midline (the right sides mirror them), in mm, female/male side by side.
 *
 *   node scripts/diff-sites.mjs BEFORE_PREFIX AFTER_PREFIX [--mm 5] [--bodies female,male]
 *
 * where BEFORE_PREFIX-female/ and AFTER_PREFIX-female/ (etc.) hold the exports of each body.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { mm: { type: 'string', default: '5' }, bodies: { type: 'string', default: 'female,male' } },
});
if (positionals.length !== 2) {
  console.error(
    'usage: node scripts/diff-sites.mjs BEFORE_PREFIX AFTER_PREFIX [--mm 5] [--bodies female,male]',
  );
  process.exit(1);
}
const [before, after] = positionals;
const limit = Number(values.mm) / 1000;
const bodies = values.bodies.split(',');
const read = (dir, file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const keptSide = (id) => !id.endsWith('.R');

/** id → [moved mm per body] for the sites (or landmarks) of both exports; null where one export lacks it. */
function moves(pick) {
  const out = new Map();
  bodies.forEach((body, i) => {
    const was = pick(`${before}-${body}`);
    const now = pick(`${after}-${body}`);
    for (const id of new Set([...was.keys(), ...now.keys()])) {
      if (!keptSide(id)) continue;
      const row = out.get(id) ?? bodies.map(() => undefined);
      row[i] = was.has(id) && now.has(id) ? dist(was.get(id), now.get(id)) : null;
      out.set(id, row);
    }
  });
  return out;
}

const sites = moves((dir) => new Map(read(dir, 'points.json').points.map((p) => [p.id, p.position])));
const landmarks = moves((dir) => new Map(Object.entries(read(dir, 'landmarks.json').landmarks)));
const cell = (m) => (m === undefined ? '–' : m === null ? 'new' : (m * 1000).toFixed(0));
for (const [title, table] of [
  ['sites', sites],
  ['landmarks', landmarks],
]) {
  const moved = [...table].filter(([, row]) => row.some((m) => m === null || (m !== undefined && m > limit)));
  console.log(`${title} moved by more than ${values.mm} mm (${bodies.join('/')} mm): ${moved.length}`);
  for (const [id, row] of moved) console.log(`${id}\t${row.map(cell).join('/')}`);
}
