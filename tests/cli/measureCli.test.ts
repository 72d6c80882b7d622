import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const measure = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/measure.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run measure', () => {
  it('rejects a missing --body with one line and a non-zero exit', () => {
    const r = measure();
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--body/);
  });

  it('rejects an unknown body with one line and a non-zero exit', () => {
    const r = measure('--body', 'giraffe');
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown body "giraffe"/);
  });

  it('prints every measure beside its target for a shipped body', () => {
    const r = measure('--body', 'male');
    expect(r.status).toBe(0);
    for (const name of [
      'cervicale height',
      'span / stature',
      'chest circumference',
      'head circumference',
      'watertight skin',
    ])
      expect(r.stdout).toContain(name);
    expect(r.stdout).toMatch(/all \d+ targets met/);
  });
});

describe('npm run models', () => {
  it('rejects an unknown body before generating anything', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/models.ts', '--body', 'giraffe'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown body "giraffe"/);
  });
});
