// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, fireEvent } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDeviceRecordsOpener } from '../../../src/state/deviceRecords';
import { closeBodyImport, openBodyImport, useBodyImport } from '../../../src/state/bodyImportStore';
import { clientFields } from '../../storage/fixtures';
import { RecordsDb } from '../../../src/storage/db';
import { openRecordStore } from '../../../src/storage';
import type { RecordStore } from '../../../src/storage/types';
import { BodyImportDialog } from '../../../src/ui/bodyImport/BodyImportDialog';

let name: string;
let store: RecordStore;

/** Everything kept on the device: every record (with tombstones) and every mesh file. */
const snapshot = async () => {
  const db = new RecordsDb(name);
  const [records, meshes] = await Promise.all([db.records.toArray(), db.meshes.toArray()]);
  db.close();
  return JSON.stringify({ records, meshes: meshes.map((m) => m.sha256) });
};

/** A GLB (glTF 2.0 binary) holding only `json`: a scene with no mesh, written by hand. */
function glbOf(json: object): Uint8Array<ArrayBuffer> {
  let text = JSON.stringify(json);
  while (text.length % 4) text += ' ';
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(12 + 8 + body.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x46546c67, true); // 'glTF'
  v.setUint32(4, 2, true);
  v.setUint32(8, out.length, true);
  v.setUint32(12, body.length, true);
  v.setUint32(16, 0x4e4f534a, true); // 'JSON'
  out.set(body, 20);
  return out;
}

const drop = (file: File) =>
  act(async () => {
    fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [file] } });
  });

beforeEach(async () => {
  name = `byob-${Math.random()}`;
  store = await openRecordStore({ name });
  await store.put('client', clientFields('Kept-1'));
  setDeviceRecordsOpener(async () => store);
  openBodyImport();
  render(<BodyImportDialog />);
});
afterEach(() => {
  cleanup();
  closeBodyImport();
  store.close();
});

describe('bad input in "Add your body": one clear sentence, nothing stored changes', () => {
  const cases: [string, () => File, RegExp][] = [
    [
      'a file that is not a mesh',
      () => new File(['Dear diary'], 'notes.txt'),
      /notes\.txt is not a body mesh: use one of \.glb/,
    ],
    [
      'a corrupt GLB',
      () => new File([new Uint8Array([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0, 9, 9, 9])], 'broken.glb'),
      /broken\.glb could not be read as GLB/,
    ],
    [
      'a GLB whose scene is empty',
      () => new File([glbOf({ asset: { version: '2.0' }, scenes: [{ nodes: [] }], scene: 0 })], 'empty.glb'),
      /empty\.glb holds no triangle mesh \(the scene is empty\)/,
    ],
    ['an empty file', () => new File([], 'nothing.obj'), /nothing\.obj is empty/],
    [
      'a file over the size limit (its bytes never read)',
      () => {
        const f = new File(['v 0 0 0'], 'scan.obj');
        Object.defineProperty(f, 'size', { value: 200 * 1024 * 1024 });
        Object.defineProperty(f, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
        return f;
      },
      /scan\.obj is 200 MB; the limit is 150 MB — simplify the mesh first\./,
    ],
    [
      'a file that goes away while it is read',
      () => {
        const f = new File(['v 0 0 0'], 'gone.obj');
        Object.defineProperty(f, 'arrayBuffer', {
          value: () => Promise.reject(new Error('the file was moved')),
        });
        return f;
      },
      /gone\.obj could not be read: the file was moved/,
    ],
  ];
  for (const [what, file, message] of cases)
    it(what, async () => {
      const before = await snapshot();
      await drop(file());
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(alert.textContent).toMatch(message);
      // one sentence, and the dialog still offers to pick another file
      expect(alert.textContent!.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBe(1);
      expect(screen.getByLabelText('Choose a file')).toBeTruthy();
      expect(useBodyImport.getState().body).toBeNull();
      expect(await snapshot()).toBe(before);
    });

  it('a good file after a bad one clears the message and shows what was found', async () => {
    await drop(new File(['nope'], 'notes.txt'));
    await screen.findByRole('alert');
    // a standing box 170 units tall (unit: cm), 40 wide, 20 deep
    const v = [0, 1].flatMap((x) =>
      [0, 1].flatMap((y) => [0, 1].map((z) => `v ${x * 40} ${y * 170} ${z * 20}`)),
    );
    const f = ['1 2 4 3', '5 7 8 6', '1 5 6 2', '3 4 8 7', '1 3 7 5', '2 6 8 4'].map((q) => `f ${q}`);
    await drop(new File([[...v, ...f].join('\n')], 'box.obj'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 10_000 });
    await screen.findByText('cm', {}, { timeout: 10_000 });
    expect(screen.getByText('1.70 m')).toBeTruthy();
    expect(screen.getByText('the file’s +Y')).toBeTruthy();
  });
});
