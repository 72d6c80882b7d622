import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { inlineModule, jsonModule } from './jsonModule';
import type { ZodType } from 'zod';
import { EarMapFileSchema } from '../src/schema/earMap';
import { LandmarksFileSchema } from '../src/schema/landmarks';

/**
 * The shipped data, validated while Vite builds (or on first request in dev) by the same parsers the tests and the
 * command line use, and handed to the app as plain JSON: `virtual:validated/neuro` (export `neuroData`),
 * `…/expert-areas` (export `expertAreaData`), and, loaded on demand through their `load()` (scripts/jsonModule.ts),
 * `…/atlas`, `…/npt` and the model files imported with
 * `?validated` (`body-<id>.landmarks.json`, `body-<id>.ear-map.json`). A data error fails the build with every
 * problem listed; the browser does not repeat the work (zod and the parse cost stay off the first frame's path).
 * User input (links, imports, stored notes) is still validated in the browser.
 */
const PREFIX = 'virtual:validated/';

/**
 * The data modules. One with an `inline` name is imported statically and exports its data under that name; the
 * others are only ever imported with import() and export `load()` (in a build it fetches a JSON file).
 */
const LOADERS: Record<string, { inline?: string; load: () => Promise<unknown> }> = {
  atlas: { load: async () => (await import('../src/data/index')).atlasData },
  neuro: { inline: 'neuroData', load: async () => (await import('../src/data/neuro')).neuroData },
  npt: { load: async () => (await import('../src/data/npt')).nptData },
  'expert-areas': {
    inline: 'expertAreaData',
    load: async () => (await import('../src/data/expertAreas')).expertAreaData,
  },
};

/** Schemas of the JSON files that may be imported with `?validated`, by the end of their name. */
const FILE_SCHEMAS: [RegExp, ZodType][] = [
  [/\.landmarks\.json$/, LandmarksFileSchema],
  [/\.ear-map\.json$/, EarMapFileSchema],
];

const QUERY = '?validated';
const FILE_PREFIX = 'validated-file:';

/** The JSON files under data/ (what the data modules read). */
const dataFiles = (root: string): string[] =>
  readdirSync(join(root, 'data'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(root, 'data', f));

export function validatedDataPlugin(): Plugin {
  let root = process.cwd();
  let build: { base: string } | null = null;
  return {
    name: 'pointatlas-validated-data',
    enforce: 'pre',
    configResolved(c) {
      root = c.root;
      build = c.command === 'build' ? { base: c.base } : null;
    },
    async resolveId(id, importer) {
      if (id.startsWith(PREFIX)) return `\0${id}`;
      if (!id.endsWith(QUERY)) return undefined;
      // a virtual id that does not end in .json (nor .json?…), so Vite's JSON plugin leaves the generated module alone
      const file = await this.resolve(id.slice(0, -QUERY.length), importer, { skipSelf: true });
      return file ? `\0${FILE_PREFIX}${file.id}.js` : undefined;
    },
    async load(id) {
      if (id.startsWith(`\0${FILE_PREFIX}`)) {
        const file = id.slice(FILE_PREFIX.length + 1, -'.js'.length);
        const schema = FILE_SCHEMAS.find(([re]) => re.test(file))?.[1];
        if (!schema) throw new Error(`no schema for ${file}`);
        this.addWatchFile(file);
        const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        if (!result.success) throw new Error(`${file} is invalid: ${result.error.message}`);
        // model files are imported lazily (import.meta.glob without eager)
        return jsonModule(this, build, basename(file, '.json'), result.data);
      }
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const loader = LOADERS[name];
      if (!loader) throw new Error(`unknown validated data module "${name}"`);
      for (const f of dataFiles(root)) this.addWatchFile(f);
      const data = await loader.load();
      return loader.inline ? inlineModule({ [loader.inline]: data }) : jsonModule(this, build, name, data);
    },
  };
}
