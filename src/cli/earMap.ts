import { parseArgs, runMain } from './args';
import { listBodies } from './bodyFiles';
import { writeEarMap } from './earMapBuild';

/**
 * `npm run ear-map [-- --body ID]`: writes models/body-<id>.ear-map.json (the part and GB/T area of every ear
 * vertex, and the auricular sites placed with earSite). Run it after editing data/auricular.json; `npm run models`
 * runs it itself. A unit test says when a map no longer fits its body.
 */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ['body'], flags: [] });
  for (const id of typeof args.body === 'string' ? [args.body] : listBodies()) {
    const t = performance.now();
    const { sites, warnings } = await writeEarMap(id);
    for (const w of warnings) console.warn(`warning: ${id}: ${w}`);
    console.log(`${id}: ${sites} ear sites, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
});
