import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolvePoints } from '../core/atlas';
import { createSurface } from '../core/surface';
import { atlasData } from '../data';
import { nptData } from '../data/npt';
import { resolveNerveSites } from '../core/nerveSites';
import { parseArgs, runMain } from './args';
import { DEFAULT_BODY, listBodies, readBody } from './bodyFiles';
import { neuroExport } from './exportNeuro';

const round = (v: readonly number[]) => v.map((x) => Math.round(x * 1e5) / 1e5);

/** `npm run export -- --out DIR [--body ID]` (contracts §3). */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ['out', 'body'], flags: ['list'] });
  if (args.list) {
    console.log(listBodies().join('\n'));
    return;
  }
  if (typeof args.out !== 'string')
    throw new Error('missing --out DIR (usage: npm run export -- --out DIR [--body ID])');
  const id = typeof args.body === 'string' ? args.body : DEFAULT_BODY;
  const body = await readBody(id);
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  const write = (name: string, json: unknown) =>
    writeFileSync(join(out, name), JSON.stringify(json, null, 1));

  const landmarks = Object.fromEntries(Object.entries(body.landmarks).map(([k, v]) => [k, round(v)]));
  write('landmarks.json', { schemaVersion: 1, body: id, units: 'm', landmarks });
  write('body.json', body.meta);

  const surface = createSurface(body.meshes.skin);
  const acupoints = resolvePoints(surface, body.landmarks, atlasData.points);
  const nerves = resolveNerveSites(surface, body.landmarks, atlasData.points, nptData.sites);
  const errors = [...acupoints.errors, ...nerves.errors];
  if (errors.length) throw new Error(`${errors.length} sites failed to resolve, first: ${errors[0]}`);
  const neuro = neuroExport(body, surface);
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
