import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateBody } from '../body/generate';
import { SHIPPED_BODIES } from '../body/params';
import { FITTED } from '../body/fitted';
import { runMain } from './args';
import { ROOT } from './bodyFiles';

/** `npm run models [-- --body ID]`: regenerates the shipped bodies into models/. */
runMain(async () => {
  const only =
    process.argv.indexOf('--body') >= 0 ? process.argv[process.argv.indexOf('--body') + 1] : undefined;
  const bodies = SHIPPED_BODIES.filter((b) => !only || b.id === only);
  if (!bodies.length)
    throw new Error(`unknown body "${only}" (known: ${SHIPPED_BODIES.map((b) => b.id).join(', ')})`);
  for (const p of bodies) {
    const t = performance.now();
    const g = await generateBody(p, FITTED[p.id]);
    const base = join(ROOT, 'models', `body-${p.id}`);
    writeFileSync(`${base}.glb`, g.glb);
    writeFileSync(`${base}.landmarks.json`, JSON.stringify(g.landmarks, null, 1) + '\n');
    writeFileSync(`${base}.json`, JSON.stringify(g.meta, null, 2) + '\n');
    const kb = (g.glb.byteLength / 1024).toFixed(0);
    console.log(
      `${p.id}: ${g.meta.triangles} skin triangles, ${kb} KB, watertight ${g.meta.watertight}, ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  }
});
