import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyProfileOf, openBodyProfile } from '../../src/bodyImport/bodyProfile';
import { readUserBody, type UserBody } from '../../src/cli/userBodyFile';
import { buildExport, exportText } from '../../src/core/records/exportFile';
import { KEY_LANDMARK_NAMES } from '../../src/core/calibration/keyLandmarks';
import { BodyProfileFieldsSchema, type BodyProfileFields } from '../../src/schema/records/bodyProfile';
import { openRecordStore } from '../../src/storage';

const MESH = '/usr/share/assimp/models/Collada/human.zae';

describe('a body profile', () => {
  let user: UserBody;
  let bytes: Uint8Array;
  let profile: BodyProfileFields;

  beforeAll(async () => {
    if (!existsSync(MESH)) throw new Error(`${MESH} is missing: apt-get install assimp-testmodels`);
    user = await readUserBody(MESH, 'tests/fixtures/makehuman-key-landmarks.json');
    bytes = new Uint8Array(readFileSync(MESH));
    profile = await bodyProfileOf('MakeHuman', bytes, user.imported, user.calibration);
  }, 120_000);

  it('holds the placed and all landmarks and the mesh’s hash, not the mesh', () => {
    expect(BodyProfileFieldsSchema.parse(profile)).toEqual(profile);
    expect(Object.keys(profile.placed).sort()).toEqual([...KEY_LANDMARK_NAMES].sort());
    expect(Object.keys(profile.landmarks).length).toBeGreaterThan(200);
    expect(profile.mesh).toMatchObject({ file: 'human.zae', bytes: bytes.byteLength });
    expect(JSON.stringify(profile).length).toBeLessThan(40_000);
  });

  it('opens on its own mesh file only', async () => {
    const opened = await openBodyProfile(profile, bytes);
    expect(opened.body.skin.positions).toEqual(user.imported.skin.positions);
    expect(opened.landmarks.umbilicus).toEqual(profile.landmarks.umbilicus);
    const other = bytes.slice();
    other[other.length - 1] ^= 1;
    await expect(openBodyProfile(profile, other)).rejects.toThrow(/not the one the profile/);
  });

  it('is kept on the device, exported, deleted, and brought back by a confirmed import; a bad one changes nothing', async () => {
    const store = await openRecordStore({ name: `profiles-${crypto.randomUUID()}` });
    const saved = await store.put('bodyProfile', profile);
    expect((await store.list('bodyProfile')).map((p) => p.name)).toEqual(['MakeHuman']);
    const text = exportText(buildExport([saved], { exportedAt: new Date().toISOString() }));
    expect(text).not.toContain('library_geometries');
    await store.remove('bodyProfile', saved.id);
    expect(await store.list('bodyProfile')).toEqual([]);
    const check = await store.planImport(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    await store.applyImport(check.plan, { replaceChanged: true });
    expect((await store.list('bodyProfile'))[0].landmarks).toEqual(profile.landmarks);

    const bad = text.replace(/"sha256": ?"[0-9a-f]+"/, '"sha256":"not a hash"');
    expect(bad).not.toBe(text);
    const refused = await store.planImport(bad);
    expect(refused.ok).toBe(false);
    expect((await store.list('bodyProfile')).map((p) => p.name)).toEqual(['MakeHuman']);
    store.close();
  });
});
