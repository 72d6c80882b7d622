import { createHash } from 'node:crypto';
import type { Rollup } from 'vite';

/** The module that fetches the data files of a build, shared and retried (src/state/dataFile.ts). */
const DATA_FILE_MODULE = '/src/state/dataFile.ts';

/**
 * The text of a module that hands out JSON data through `export function load(): Promise<data>`. In a production
 * build the data goes into its own file (`assets/<name>-<hash>.json`), which `load()` fetches from the page's origin
 * on its first call (src/state/dataFile.ts: a success is shared, a failure forgotten so that the next call fetches
 * again): data is not code, and the browser neither parses nor compiles it as script. The module itself never fails
 * to evaluate (a module that did would stay failed for the page's life, Retry or not). In dev and tests the data is
 * inlined. Only for modules that are imported dynamically.
 */
export function jsonModule(
  ctx: Pick<Rollup.PluginContext, 'emitFile'>,
  build: { base: string } | null,
  name: string,
  data: unknown,
): string {
  const json = JSON.stringify(data);
  if (!build)
    return [
      `const data = JSON.parse(${JSON.stringify(json)});`,
      `export const load = async () => data;`,
    ].join('\n');
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  const fileName = `assets/${name.replace(/[^A-Za-z0-9_.-]/g, '_')}-${hash}.json`;
  ctx.emitFile({ type: 'asset', fileName, source: json });
  return [
    `import { loadDataFile } from ${JSON.stringify(DATA_FILE_MODULE)};`,
    `export const load = () => loadDataFile(${JSON.stringify(`${build.base}${fileName}`)});`,
  ].join('\n');
}

/** The text of a plain module whose named exports are the given JSON data (for modules imported statically). */
export function inlineModule(exports: Record<string, unknown>): string {
  return Object.entries(exports)
    .map(([k, v]) => `export const ${k} = JSON.parse(${JSON.stringify(JSON.stringify(v))});`)
    .join('\n');
}
