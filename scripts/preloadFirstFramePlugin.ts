import type { Plugin, Rollup } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to the built index.html for the chunks the entry script imports at once
 * (`src/start.tsx`, the page, and `src/scene/AtlasCanvas.tsx`, the 3D code) and everything they import statically.
 * Without it the browser learns of them only when the entry script runs; with it they download while the HTML is
 * still being read; their style sheets load as the page's own. Build only (the dev server serves modules one by
 * one).
 */
export function preloadFirstFramePlugin(entries = ['src/start.tsx', 'src/scene/AtlasCanvas.tsx']): Plugin {
  return {
    name: 'pointatlas-preload-first-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const wanted = new Set<string>();
        const add = (c: Rollup.OutputChunk) => {
          if (wanted.has(c.fileName) || c.isEntry) return;
          wanted.add(c.fileName);
          c.imports.forEach((f) => {
            const dep = byFile.get(f);
            if (dep) add(dep);
          });
        };
        for (const e of entries) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(e));
          if (!chunk) throw new Error(`preloadFirstFramePlugin: no chunk for ${e}`);
          add(chunk);
        }
        const fresh = (f: string) => !html.includes(f);
        const css = [...wanted].flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        return {
          html,
          tags: [
            ...[...new Set(css)].filter(fresh).map((f) => ({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: '', href: `/${f}` },
              injectTo: 'head' as const,
            })),
            ...[...wanted].filter(fresh).map((f) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `/${f}` },
              injectTo: 'head' as const,
            })),
          ],
        };
      },
    },
  };
}
