import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatedDataPlugin } from '../../scripts/validatedDataPlugin';
import { ROOT } from '../../src/cli/bodyFiles';
import * as dataFile from '../../src/state/dataFile';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = validatedDataPlugin();
const ctx = { addWatchFile: () => undefined };
const load = (id: string) => (plugin.load as Hook).call(ctx, id) as Promise<string | undefined>;
/** Runs a generated module's text and returns its exports. */
const exportsOf = async (code: string): Promise<Record<string, unknown>> =>
  import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
type Loader = { load: () => Promise<unknown> };

afterEach(() => vi.unstubAllGlobals());

describe('validatedDataPlugin', () => {
  it('hands a valid landmark file to the app as the parsed data', async () => {
    const file = join(ROOT, 'models', 'body-female.landmarks.json');
    const code = await load(`\0validated-file:${file}.js`);
    const mod = (await exportsOf(code!)) as Loader;
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    expect(((await mod.load()) as { landmarks: unknown }).landmarks).toEqual(raw.landmarks);
  });

  it('in a build, writes the data to a JSON file that load() fetches on call, again after a failure', async () => {
    const built = validatedDataPlugin();
    (built.configResolved as Hook).call(null, { root: ROOT, command: 'build', base: '/' });
    const emitted: { fileName: string; source: string }[] = [];
    const buildCtx = { ...ctx, emitFile: (f: { fileName: string; source: string }) => emitted.push(f) };
    const file = join(ROOT, 'models', 'body-female.ear-map.json');
    const code = (await (built.load as Hook).call(buildCtx, `\0validated-file:${file}.js`)) as string;
    expect(emitted.map((f) => f.fileName)).toEqual([
      expect.stringMatching(/^assets\/body-female\.ear-map-\w+\.json$/),
    ]);
    const url = `/${emitted[0].fileName}`;
    // the module imports the shared loader (src/state/dataFile.ts); here it gets the real one
    const specifier = `import { loadDataFile } from "/src/state/dataFile.ts";`;
    expect(code).toContain(specifier);
    vi.stubGlobal('__dataFile', dataFile);
    const fetch = vi.fn(async () => new Response('broken', { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    const mod = (await exportsOf(
      code.replace(specifier, 'const { loadDataFile } = globalThis.__dataFile;'),
    )) as Loader;
    expect(fetch).not.toHaveBeenCalled(); // evaluating the module fetches nothing: it cannot fail
    await expect(mod.load()).rejects.toThrow(`the data file ${url} could not be loaded (500)`);
    fetch.mockImplementation(async () => new Response(emitted[0].source));
    const data = await mod.load();
    expect(data).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    expect(await mod.load()).toBe(data);
    expect(fetch.mock.calls).toEqual([[url], [url]]);
  });

  it('fails the build, naming the file, when a model file does not match its schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-valid-'));
    const file = join(dir, 'body-x.landmarks.json');
    writeFileSync(file, JSON.stringify({ body: 'x', landmarks: { nipple: [0, 'high', 0] } }));
    await expect(load(`\0validated-file:${file}.js`)).rejects.toThrow(/body-x\.landmarks\.json is invalid/);
  });

  it('delivers the neuro data, parsed, as a plain module', async () => {
    const code = await load('\0virtual:validated/neuro');
    const { neuroData } = await exportsOf(code!);
    const { neuroData: parsed } = await import('../../src/data/neuro');
    expect(neuroData).toEqual(JSON.parse(JSON.stringify(parsed)));
  });

  it('hands out the NPT data through load() (imported only with import())', async () => {
    const mod = (await exportsOf((await load('\0virtual:validated/npt'))!)) as Loader;
    const { nptData } = await import('../../src/data/npt');
    expect(await mod.load()).toEqual(JSON.parse(JSON.stringify(nptData)));
  });

  it('leaves other modules to Vite', async () => {
    expect(await load('/src/main.tsx')).toBeUndefined();
    await expect(load('\0virtual:validated/nothing')).rejects.toThrow(/unknown validated data module/);
  });
});
