import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_LANDMARK_NAMES } from '../../src/core/calibration/keyLandmarks';

const MESH = '/usr/share/assimp/models/Collada/human.zae';
const KEYS = 'tests/fixtures/makehuman-key-landmarks.json';
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/export.ts', ...args], { encoding: 'utf8', timeout: 180_000 });
const oneError = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error:'));

describe('npm run export with a body from a file', () => {
  it('writes the contract files for MakeHuman’s body and its key landmarks', () => {
    expect(existsSync(MESH), `${MESH}: apt-get install assimp-testmodels`).toBe(true);
    const out = mkdtempSync(join(tmpdir(), 'export-byob-'));
    const r = run('--out', out, '--body-file', MESH, '--key-landmarks', KEYS);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: The mesh is not closed/);
    const read = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));
    expect(read('body.json')).toMatchObject({ id: 'human', file: MESH, watertight: false });
    const landmarks = read('landmarks.json').landmarks;
    for (const n of KEY_LANDMARK_NAMES) expect(landmarks[n], n).toHaveLength(3);
    expect(Object.keys(landmarks).length).toBeGreaterThan(200);
    const points = read('points.json').points as { id: string; layer: string }[];
    expect(points.filter((p) => p.layer === 'meridian')).toHaveLength(670);
    for (const layer of ['extra', 'npt', 'auricular', 'dermatome-key'])
      expect(
        points.some((p) => p.layer === layer),
        layer,
      ).toBe(true);
    const derm = read('dermatomes.json');
    expect(derm.vertices).toHaveLength(read('body.json').vertices);
  }, 300_000);

  it('refuses half the pair, a missing key landmark and a non-mesh with one line and a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-bad-'));
    const keys = JSON.parse(readFileSync(KEYS, 'utf8'));
    delete keys.landmarks['heel.L'];
    writeFileSync(join(dir, 'keys.json'), JSON.stringify(keys));
    writeFileSync(join(dir, 'notes.txt'), 'not a mesh');
    const cases: [string[], RegExp][] = [
      [['--out', dir, '--body-file', MESH], /go together/],
      [['--out', dir, '--body-file', MESH, '--key-landmarks', join(dir, 'keys.json')], /not placed: heel\.L/],
      [['--out', dir, '--body-file', join(dir, 'notes.txt'), '--key-landmarks', KEYS], /not a body mesh/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.status).not.toBe(0);
      expect(oneError(r.stderr)).toHaveLength(1);
      expect(oneError(r.stderr)[0]).toMatch(message);
    }
  }, 300_000);
});
