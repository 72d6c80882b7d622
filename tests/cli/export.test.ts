import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/export.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('npm run export', () => {
  it('writes the contract files for a named body', () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    const r = run('--out', out, '--body', 'male');
    expect(r.status, r.stderr).toBe(0);
    const read = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));
    const points = read('points.json');
    expect(points).toMatchObject({ schemaVersion: 1, body: 'male', units: 'm' });
    const ids = points.points.map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('LI4.L');
    expect(ids).toContain('EX-B2:T1.R');
    expect(ids).toContain('GV20');
    for (const id of ids.filter((i: string) => i.endsWith('.L')))
      expect(ids).toContain(id.replace(/\.L$/, '.R'));
    expect(points.points.filter((p: { layer: string }) => p.layer === 'meridian')).toHaveLength(670);
    expect(points.points.some((p: { layer: string }) => p.layer === 'npt')).toBe(true);
    // all 48 WHO extra points; the five on the tongue and nasal mucosa at a schematic marker, flagged off the skin
    type Row = { code: string; layer: string; onSkin?: boolean; marker?: string };
    const extra: Row[] = points.points.filter((p: Row) => p.layer === 'extra');
    expect(new Set(extra.map((p) => p.code)).size).toBe(48);
    const off = extra.filter((p) => p.onSkin === false);
    expect([...new Set(off.map((p) => p.code))].sort()).toEqual(
      ['EX-HN9', 'EX-HN10', 'EX-HN11', 'EX-HN12', 'EX-HN13'].sort(),
    );
    for (const p of off) expect(p.marker).toBe('schematic');
    expect(read('landmarks.json').landmarks['umbilicus']).toHaveLength(3);
    expect(read('body.json')).toMatchObject({ id: 'male', sex: 'male', watertight: true });
  });

  it('rejects an unknown body and a missing --out with a one-line message and a non-zero exit', () => {
    for (const r of [
      run('--out', tmpdir(), '--body', 'nobody'),
      run('--body', 'female'),
      run('--frobnicate'),
    ]) {
      expect(r.status).not.toBe(0);
      expect(
        r.stderr
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('error:')),
      ).toHaveLength(1);
    }
  });

  it('lists the bodies it can export', () => {
    expect(run('--list').stdout.split('\n')).toEqual(expect.arrayContaining(['female', 'male']));
  });
});
