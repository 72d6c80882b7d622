// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../src/bodyImport/bodyProfile';
import { parseImport } from '../../../src/core/records/importPlan';
import type { BodyProfileFields, BodyProfileRecord } from '../../../src/schema/records/bodyProfile';
import { setDeviceRecordsOpener } from '../../../src/state/deviceRecords';
import { useAtlasStore } from '../../../src/state/store';
import { refreshUserBodies } from '../../../src/state/userBodies';
import { userBodyId } from '../../../src/state/userBodyIds';
import { openRecordStore } from '../../../src/storage';
import { RecordsDb } from '../../../src/storage/db';
import type { RecordStore } from '../../../src/storage/types';
import { BodySwitch } from '../../../src/ui/BodySwitch';
import { Notices } from '../../../src/ui/Notices';
import { saveTextFile } from '../../../src/ui/saveTextFile';
import { ImportSection } from '../../../src/ui/workspace/ImportSection';
import { clientFields } from '../../storage/fixtures';

vi.mock('../../../src/ui/saveTextFile', () => ({ saveTextFile: vi.fn() }));
const saved = vi.mocked(saveTextFile);

/** The mesh file the profile was made on: it stays on the device it was imported on. */
const meshFile = Uint8Array.from({ length: 3000 }, (_, i) => (i * 29 + 7) & 255);
const profileOf = async (name: string, bytes: Uint8Array): Promise<BodyProfileFields> => ({
  kind: 'bodyProfile',
  schemaVersion: 1,
  name,
  mesh: { file: 'scan-a.glb', bytes: bytes.byteLength, sha256: await sha256Hex(bytes) },
  orientation: { up: [2, 1], front: [1, -1], scale: 0.01 },
  reference: 'male',
  placed: { umbilicus: [0, 1.05, 0.11] },
  landmarks: { umbilicus: [0, 1.05, 0.11], vertex: [0, 1.78, 0] },
});

const stores: RecordStore[] = [];
const open = async (name: string) => {
  const s = await openRecordStore({ name });
  stores.push(s);
  return s;
};
/** Every record row and mesh row kept under `name`, as text: two snapshots are equal only if nothing changed. */
const snapshot = async (name: string) => {
  const db = new RecordsDb(name);
  const [records, meshes] = await Promise.all([db.records.toArray(), db.meshes.toArray()]);
  db.close();
  return JSON.stringify({ records, meshes });
};

let exported: { text: string; name: string; record: BodyProfileRecord };

/** A device that keeps the body and its mesh: the body shown, its Export pressed, the saved file kept. */
beforeEach(async () => {
  saved.mockClear();
  const source = await open(`source-${Math.random()}`);
  await source.put('client', clientFields('Not-exported-1'));
  const record = await source.put('bodyProfile', await profileOf('Scan of A', meshFile));
  await source.put('bodyProfile', await profileOf('Another scan', new Uint8Array(50).fill(3)));
  await source.meshes.put(record.mesh.sha256, 'scan-a.glb', meshFile);
  setDeviceRecordsOpener(async () => source);
  await refreshUserBodies();
  useAtlasStore.getState().setBody(userBodyId(record.id));
  render(<BodySwitch />);
  fireEvent.click(screen.getByRole('button', { name: 'Export Scan of A' }));
  await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  const [text, name, type] = saved.mock.calls[0];
  expect(type).toBe('application/json');
  exported = { text, name, record };
  cleanup();
});
afterEach(() => {
  cleanup();
  for (const s of stores.splice(0)) s.close();
});

/** A second device: its body switch, its notices and the workspace's import, with `store` as its records. */
async function onDevice(store: RecordStore) {
  setDeviceRecordsOpener(async () => store);
  const stop = store.subscribe(() => void refreshUserBodies());
  await refreshUserBodies();
  render(
    <>
      <BodySwitch />
      <ImportSection store={store} />
      <Notices />
    </>,
  );
  return stop;
}
const pick = (text: string, name: string) =>
  act(async () => {
    const input = screen.getByLabelText(/Choose a PointAtlas records file/);
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  });

/** Every array in a JSON value that is longer than a point's three coordinates (mesh bytes would be one). */
const longArrays = (v: unknown): number[] =>
  Array.isArray(v)
    ? [...(v.length > 3 ? [v.length] : []), ...v.flatMap(longArrays)]
    : v && typeof v === 'object'
      ? Object.values(v).flatMap(longArrays)
      : [];

describe('a body exported from the body switch', () => {
  it('is a records file holding exactly its profile, named after it, without the mesh', () => {
    expect(exported.name).toMatch(/^pointatlas-body-Scan-of-A-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(exported.text) as { format: string; records: unknown[] };
    expect(file.format).toBe('pointatlas-records');
    const parsed = parseImport(exported.text);
    if ('message' in parsed) throw new Error(parsed.message);
    expect(parsed.records).toEqual([exported.record]);
    expect(file.records).toHaveLength(1);
    expect(longArrays(file.records[0])).toEqual([]);
    expect(exported.text.length).toBeLessThan(meshFile.length);
  });

  it('imports on an empty device through the preview, then asks for its mesh file', async () => {
    const name = `empty-${Math.random()}`;
    const target = await open(name);
    const stop = await onDevice(target);
    await pick(exported.text, exported.name);
    const confirm = await screen.findByRole('group', { name: 'Confirm the import' });
    expect(confirm.textContent).toContain('1 new, 0 changed (0 newer in the file), 0 unchanged.');
    expect(confirm.textContent).toContain('New: body profile “Scan of A”.');
    expect(confirm.textContent).toContain('not its mesh file');
    expect(await snapshot(name)).toBe(JSON.stringify({ records: [], meshes: [] }));

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    await screen.findByText('Imported: 1 record written.');
    const body = await screen.findByRole('button', { name: /^Scan of A/ });
    await waitFor(() => expect(body.textContent).toMatch(/needs its mesh file/));
    expect(await target.list('bodyProfile')).toEqual([exported.record]);
    expect(await target.meshes.has(exported.record.mesh.sha256)).toBe(false);
    stop();
  });

  it('opens directly on a device that has its mesh file (the same SHA-256)', async () => {
    const target = await open(`has-mesh-${Math.random()}`);
    await target.meshes.put(exported.record.mesh.sha256, 'my copy.glb', meshFile);
    const stop = await onDevice(target);
    await pick(exported.text, exported.name);
    await screen.findByRole('group', { name: 'Confirm the import' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    const body = await screen.findByRole('button', { name: 'Scan of A' });
    expect(body.textContent).toBe('Scan of A');
    fireEvent.click(body);
    expect(useAtlasStore.getState().bodyId).toBe(userBodyId(exported.record.id));
    stop();
  });

  const tamper: [string, (r: Record<string, unknown>) => void, RegExp][] = [
    [
      'a bad SHA-256',
      (r) => ((r.mesh as { sha256: string }).sha256 = 'not-a-hash'),
      /record 1 \(bodyProfile\): mesh\.sha256/,
    ],
    ['no landmarks', (r) => delete r.landmarks, /record 1 \(bodyProfile\): landmarks/],
    [
      'mesh bytes smuggled in',
      (r) => ((r.mesh as { data?: number[] }).data = [...meshFile]),
      /record 1 \(bodyProfile\): mesh/,
    ],
  ];
  it.each(tamper)('a file with %s gets one message and nothing stored changes', async (_w, edit, why) => {
    const name = `kept-${Math.random()}`;
    const target = await open(name);
    await target.put('client', clientFields('Kept-1'));
    const other = await target.put('bodyProfile', await profileOf('Kept scan', new Uint8Array(40).fill(1)));
    await target.meshes.put(other.mesh.sha256, 'kept.glb', new Uint8Array(40).fill(1));
    const stop = await onDevice(target);
    const before = await snapshot(name);
    const file = JSON.parse(exported.text) as { records: Record<string, unknown>[] };
    edit(file.records[0]);
    await pick(JSON.stringify(file), 'tampered.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^tampered\.json was not imported: /);
    expect(alert.textContent).toMatch(why);
    expect(alert.textContent).toMatch(/Nothing on this device was changed\.$/);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await snapshot(name)).toBe(before);
    expect(screen.queryByRole('button', { name: /^Scan of A/ })).toBeNull();
    stop();
  });
});
