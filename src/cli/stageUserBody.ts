import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBodyGlb } from '../body/glb';
import { parseArgs, runMain } from './args';
import { ROOT } from './bodyFiles';
import { readUserBody } from './userBodyFile';

const USAGE = 'usage: tsx src/cli/stageUserBody.ts --body-file MESH --key-landmarks FILE.json | --remove ID';

/**
 * Puts a user's body into models/ as if the project shipped it (GLB, metadata, every landmark), so that a build of
 * the app shows it in the body switch: how the screenshot of the atlas on MakeHuman's body is made
 * (scripts/byob-shots.mjs). The files are never to be committed; `--remove ID` takes them away again.
 */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2), {
    values: ['body-file', 'key-landmarks', 'remove'],
    flags: [],
  });
  const models = join(ROOT, 'models');
  if (typeof args.remove === 'string') {
    for (const ext of ['glb', 'json', 'landmarks.json']) {
      const f = join(models, `body-${args.remove}.${ext}`);
      if (existsSync(f)) rmSync(f);
    }
    return;
  }
  if (typeof args['body-file'] !== 'string' || typeof args['key-landmarks'] !== 'string')
    throw new Error(USAGE);
  const user = await readUserBody(args['body-file'], args['key-landmarks']);
  const id = user.body.meta.id;
  const skin = user.body.meshes.skin;
  const glb = await encodeBodyGlb([
    {
      name: 'skin',
      mesh: { positions: skin.positions as Float32Array, indices: Uint32Array.from(skin.indices) },
      color: [0.85, 0.7, 0.6],
    },
  ]);
  writeFileSync(join(models, `body-${id}.glb`), glb);
  writeFileSync(
    join(models, `body-${id}.json`),
    JSON.stringify({ ...user.body.meta, file: `models/body-${id}.glb` }, null, 1),
  );
  const landmarks = { schemaVersion: 1, body: id, units: 'm', landmarks: user.body.landmarks };
  writeFileSync(join(models, `body-${id}.landmarks.json`), JSON.stringify(landmarks, null, 1));
  console.log(id);
});
