import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuricularFileSchema } from '../schema/auricularFile';
import { parseArgs, runMain } from './args';
import { listBodies, readBody, ROOT } from './bodyFiles';
import { buildEarMap } from './earMapBuild';

/**
 * `npm run ear-map [-- --body ID]`: writes models/body-<id>.ear-map.json (the part and GB/T area of every ear
 * vertex, and the auricular sites placed with earSite). Run it after `npm run models` or after editing
 * data/auricular.json; a unit test says when a map is out of date.
 */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ['body'], flags: [] });
  const data = AuricularFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data/auricular.json'), 'utf8')));
  const ids = typeof args.body === 'string' ? [args.body] : listBodies();
  for (const id of ids) {
    const t = performance.now();
    const { map, warnings } = buildEarMap(await readBody(id), data);
    for (const w of warnings) console.warn(`warning: ${id}: ${w}`);
    writeFileSync(join(ROOT, 'models', `body-${id}.ear-map.json`), JSON.stringify(map) + '\n');
    const n = Object.keys(map.sites).length;
    console.log(`${id}: ${n} ear sites, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
});
