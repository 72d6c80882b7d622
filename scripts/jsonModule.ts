import { createHash } from 'node:crypto';
import type { Rollup } from 'vite';

/**
 * The text of a module whose exports are JSON data. In a production build the data goes into its own file
 * (`assets/<name>-<hash>.json`) and the module fetches it from the page's origin with a top-level await: data is
 * not code, and the browser neither parses nor compiles it as script. In dev and tests the data is inlined.
 * Only for modules that are imported dynamically (a top-level await in a static import would hold up the page).
 */
export function jsonModule(
  ctx: Pick<Rollup.PluginContext, 'emitFile'>,
  build: { base: string } | null,
  name: string,
  exports: Record<string, unknown>,
): string {
  const json = JSON.stringify(exports);
  if (!build) {
    return Object.entries(exports)
      .map(
        ([k, v]) =>
          `export ${k === 'default' ? 'default' : `const ${k} =`} JSON.parse(${JSON.stringify(JSON.stringify(v))});`,
      )
      .join('\n');
  }
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  const fileName = `assets/${name.replace(/[^A-Za-z0-9_.-]/g, '_')}-${hash}.json`;
  ctx.emitFile({ type: 'asset', fileName, source: json });
  const url = JSON.stringify(`${build.base}${fileName}`);
  return [
    `const res = await fetch(${url});`,
    `if (!res.ok) throw new Error(\`the data file ${fileName} could not be loaded (\${res.status})\`);`,
    `const data = await res.json();`,
    ...Object.keys(exports).map((k) =>
      k === 'default' ? 'export default data.default;' : `export const ${k} = data.${k};`,
    ),
  ].join('\n');
}
