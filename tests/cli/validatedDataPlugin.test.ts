import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatedDataPlugin } from '../../scripts/validatedDataPlugin';
import { ROOT } from '../../src/cli/bodyFiles';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = validatedDataPlugin();
const ctx = { addWatchFile: () => undefined };
const load = (id: string) => (plugin.load as Hook).call(ctx, id) as Promise<string | undefined>;
/** Runs a generated module's text and returns its exports. */
const exportsOf = async (code: string): Promise<Record<string, unknown>> =>
  import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

describe('validatedDataPlugin', () => {
  it('hands a valid landmark file to the app as the parsed data', async () => {
    const file = join(ROOT, 'models', 'body-female.landmarks.json');
    const code = await load(`\0validated-file:${file}.js`);
    const mod = await exportsOf(code!);
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    expect((mod.default as { landmarks: unknown }).landmarks).toEqual(raw.landmarks);
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

  it('leaves other modules to Vite', async () => {
    expect(await load('/src/main.tsx')).toBeUndefined();
    await expect(load('\0virtual:validated/nothing')).rejects.toThrow(/unknown validated data module/);
  });
});
