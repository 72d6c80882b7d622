// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/bodyImport/bodyProfile';
import type { BodyProfileFields } from '../../../src/schema/records/bodyProfile';
import { setDeviceRecordsOpener } from '../../../src/state/deviceRecords';
import { useAtlasStore } from '../../../src/state/store';
import { refreshUserBodies } from '../../../src/state/userBodies';
import { userBodyId } from '../../../src/state/userBodyIds';
import { openRecordStore } from '../../../src/storage';
import { RecordsDb } from '../../../src/storage/db';
import type { RecordStore } from '../../../src/storage/types';
import { BodySwitch } from '../../../src/ui/BodySwitch';
import { Notices } from '../../../src/ui/Notices';

let name: string;
let store: RecordStore;
let profileId: string;
/** The mesh file the profile was made on (only its SHA-256 ties it to the profile). */
const meshFile = Uint8Array.from({ length: 3000 }, (_, i) => (i * 13) & 255);

/** A body profile as an import from another device brings it: the record, never the mesh. */
const profileOf = async (bytes: Uint8Array): Promise<BodyProfileFields> => ({
  kind: 'bodyProfile',
  schemaVersion: 1,
  name: 'Scan of A',
  mesh: { file: 'scan-a.glb', bytes: bytes.byteLength, sha256: await sha256Hex(bytes) },
  orientation: { up: [1, 1], front: [2, 1], scale: 1 },
  reference: 'male',
  placed: { umbilicus: [0, 1, 0.1] },
  landmarks: { umbilicus: [0, 1, 0.1] },
});

/** Every record and mesh row kept on the device, as text. */
const snapshot = async () => {
  const db = new RecordsDb(name);
  const [records, meshes] = await Promise.all([db.records.toArray(), db.meshes.toArray()]);
  db.close();
  return JSON.stringify({ records, meshes });
};

const choose = (file: File) =>
  act(async () => {
    fireEvent.change(screen.getByLabelText('Mesh file for Scan of A'), { target: { files: [file] } });
  });

beforeEach(async () => {
  name = `needs-mesh-${Math.random()}`;
  store = await openRecordStore({ name });
  profileId = (await store.put('bodyProfile', await profileOf(meshFile))).id;
  setDeviceRecordsOpener(async () => store);
  await refreshUserBodies();
  render(
    <>
      <BodySwitch />
      <Notices />
    </>,
  );
});
afterEach(() => {
  cleanup();
  store.close();
});

describe('a body profile without its mesh file', () => {
  it('is listed as needing its mesh file, and a wrong file gets one sentence and changes nothing', async () => {
    const button = screen.getByRole('button', { name: /^Scan of A/ });
    expect(button.textContent).toMatch(/needs its mesh file/);
    expect(button.getAttribute('aria-pressed')).toBeNull();
    const before = await snapshot();

    await choose(new File([new Uint8Array(3000).fill(9)], 'other.glb'));
    await waitFor(() => expect(screen.getByTestId('notices').textContent).toMatch(/not the one/));
    expect(screen.getByTestId('notices').textContent).toContain(
      'This file is not the one the profile “Scan of A” was made on (scan-a.glb, 3000 bytes).',
    );
    expect(await snapshot()).toBe(before);
    expect(screen.getByRole('button', { name: /^Scan of A/ }).textContent).toMatch(/needs its mesh file/);
    expect(useAtlasStore.getState().bodyId).not.toBe(userBodyId(profileId));
  });

  it('takes the right file (sealed when a passphrase is set), then lists and shows the body', async () => {
    await store.setPassphrase('a passphrase');
    await choose(new File([meshFile], 'renamed-scan.glb'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Scan of A' }).getAttribute('aria-pressed')).toBe('true'),
    );
    expect(useAtlasStore.getState().bodyId).toBe(userBodyId(profileId));
    expect(await store.meshes.get(await sha256Hex(meshFile))).toEqual({
      name: 'renamed-scan.glb',
      bytes: meshFile,
    });
    const db = new RecordsDb(name);
    const rows = await db.meshes.toArray();
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0].bytes).toBeUndefined();
    expect(rows[0].enc).toBeDefined();
  });

  it('can be deleted without its file: a tombstone, and it leaves the body switch', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete Scan of A' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete “Scan of A” from this device' }));
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Scan of A/ })).toBeNull());
    expect(await store.get('bodyProfile', profileId)).toBeUndefined();
    const db = new RecordsDb(name);
    const row = await db.records.get(profileId);
    db.close();
    expect(row?.deleted).toBe(1);
  });
});
