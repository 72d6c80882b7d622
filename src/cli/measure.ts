import { formatMeasures, measureBody } from '../core/anthropometry';
import { createSurface } from '../mesh/surface';
import { parseArgs, runMain } from './args';
import { listBodies, readBody } from './bodyFiles';

/** `npm run measure -- --body ID`: the body's anthropometry beside the ANSUR II targets (reference-facts §6). */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ['body'], flags: [] });
  if (typeof args.body !== 'string')
    throw new Error(`missing --body ID (usage: npm run measure -- --body ${listBodies().join('|')})`);
  const body = await readBody(args.body);
  const skin = body.meshes.skin;
  if (!skin) throw new Error(`body "${args.body}" has no skin mesh`);
  const ms = measureBody({
    sex: body.meta.sex,
    stature: body.meta.stature,
    skin: { positions: skin.positions, indices: Uint32Array.from(skin.indices) },
    surface: createSurface(skin),
    landmarks: body.landmarks,
  });
  console.log(`body "${args.body}" (${body.meta.sex}, stature ${body.meta.stature} m)`);
  console.log(formatMeasures(ms));
  const misses = ms.filter((m) => !m.ok).length;
  console.log(misses ? `${misses} of ${ms.length} targets missed` : `all ${ms.length} targets met`);
});
