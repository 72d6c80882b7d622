import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolvePoints } from '../core/atlas';
import { createSurface } from '../mesh/surface';
import { atlasData } from '../data';
import { nptData } from '../data/npt';
import { resolveNerveSites } from '../core/nerveSites';
import { parseArgs, runMain } from './args';
import { DEFAULT_BODY, listBodies, readBody } from './bodyFiles';
import { neuroExport } from './exportNeuro';
import { readUserBody } from './userBodyFile';

const round = (v: readonly number[]) => v.map((x) => Math.round(x * 1e5) / 1e5);

const USAGE = 'usage: npm run export -- --out DIR [--body ID | --body-file MESH --key-landmarks FILE.json]';

/** `npm run export -- --out DIR [--body ID | --body-file MESH --key-landmarks FILE.json]` (contracts §3). */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2), {
    values: ['out', 'body', 'body-file', 'key-landmarks'],
    flags: ['list'],
  });
  if (args.list) {
    console.log(listBodies().join('\n'));
    return;
  }
  if (typeof args.out !== 'string') throw new Error(`missing --out DIR (${USAGE})`);
  const file = args['body-file'];
  const keys = args['key-landmarks'];
  if ((typeof file === 'string') !== (typeof keys === 'string'))
    throw new Error(`--body-file and --key-landmarks go together (${USAGE})`);
  if (typeof file === 'string' && typeof args.body === 'string')
    throw new Error(`give --body or --body-file, not both (${USAGE})`);
  const user = typeof file === 'string' ? await readUserBody(file, keys as string) : undefined;
  for (const w of user?.imported.warnings ?? []) console.warn(`warning: ${w}`);
  for (const f of user?.calibration.flags ?? [])
    console.warn(
      `warning: segment ${f.label} (${f.side}) is ${(f.off * 100).toFixed(0)} % off the proportions of body "${user!.calibration.source}"`,
    );
  const body = user?.body ?? (await readBody(typeof args.body === 'string' ? args.body : DEFAULT_BODY));
  const id = body.meta.id;
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  const write = (name: string, json: unknown) =>
    writeFileSync(join(out, name), JSON.stringify(json, null, 1));

  const landmarks = Object.fromEntries(Object.entries(body.landmarks).map(([k, v]) => [k, round(v)]));
  write('landmarks.json', { schemaVersion: 1, body: id, units: 'm', landmarks });
  write('body.json', body.meta);

  const surface = user?.calibration.surface ?? createSurface(body.meshes.skin);
  const acupoints = resolvePoints(surface, body.landmarks, atlasData.points);
  const nerves = resolveNerveSites(surface, body.landmarks, atlasData.points, nptData.sites);
  const errors = [...acupoints.errors, ...nerves.errors];
  if (errors.length) throw new Error(`${errors.length} sites failed to resolve: ${errors.join('; ')}`);
  const neuro = user ? neuroExport(body, surface, user.ears) : neuroExport(body, surface);
  write('dermatomes.json', neuro.dermatomes);
  const points = [...acupoints.sites, ...nerves.sites].map((s) => ({
    id: s.id,
    code: s.code,
    layer: s.layer,
    side: s.side,
    surface: s.surface,
    position: round(s.position),
    normal: round(s.normal),
    sources: s.sources,
    // contracts §3 extended: a point off the skin is exported at its schematic marker, and says so
    ...('onSkin' in s && s.onSkin === false ? { onSkin: false, marker: 'schematic' } : {}),
  }));
  points.push(...neuro.points);
  write('points.json', { schemaVersion: 1, body: id, units: 'm', points });
  console.log(
    `wrote landmarks.json, body.json, points.json (${points.length} sites), dermatomes.json for body "${id}" to ${out}`,
  );
});
