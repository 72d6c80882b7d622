import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitBody } from '../body/fit';
import { fittedFor } from '../body/fitted';
import { generateBody, type GeneratedBody } from '../body/generate';
import { SHIPPED_BODIES } from '../body/params';
import { parseArgs, runMain } from './args';
import { ROOT } from './bodyFiles';
import { writeEarMap } from './earMapBuild';

function write(id: string, g: GeneratedBody): void {
  const base = join(ROOT, 'models', `body-${id}`);
  writeFileSync(`${base}.glb`, g.glb);
  writeFileSync(`${base}.landmarks.json`, JSON.stringify(g.landmarks, null, 1) + '\n');
  writeFileSync(`${base}.json`, JSON.stringify(g.meta, null, 2) + '\n');
}

/** Runs this command for one body in a child process (the bodies are generated in parallel). */
function child(id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...process.execArgv, process.argv[1], '--body', id], {
      stdio: 'inherit',
    });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generating body "${id}" failed`))));
  });
}

/**
 * `npm run models [-- --body ID] [--fit]`: regenerates the shipped bodies into models/. With --fit,
 * runs the girth-fitting loop first and stores its factors in src/body/fitted.json.
 */
runMain(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ['body'], flags: ['fit'] });
  const known = SHIPPED_BODIES.map((b) => b.id);
  if (typeof args.body === 'string' && !known.includes(args.body))
    throw new Error(`unknown body "${args.body}" (known: ${known.join(', ')})`);
  const bodies = SHIPPED_BODIES.filter((b) => !args.body || b.id === args.body);
  if (args.fit) {
    const file = join(ROOT, 'src/body/fitted.json');
    const fits = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const p of bodies) {
      const { fit, body } = await fitBody(p, fittedFor(p.id), 4, console.log);
      fits[p.id] = Object.fromEntries(Object.entries(fit).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
      write(p.id, body);
    }
    writeFileSync(file, JSON.stringify(fits, null, 2) + '\n');
    console.log(`wrote ${file}; run npm run models to regenerate from the rounded factors`);
    return;
  }
  if (bodies.length > 1) {
    await Promise.all(bodies.map((b) => child(b.id)));
    return;
  }
  for (const p of bodies) {
    const t = performance.now();
    const g = await generateBody(p, fittedFor(p.id));
    write(p.id, g);
    await writeEarMap(p.id); // the ear map labels this body's ear vertices: keep it in step
    const kb = (g.glb.byteLength / 1024).toFixed(0);
    const s = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `${p.id}: ${g.meta.triangles} skin triangles, ${kb} KB, watertight ${g.meta.watertight}, ${s} s`,
    );
  }
});
