// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportText } from '../../src/core/records/exportFile';
import { emptyFlags } from '../../src/schema/records/client';
import { openRecordStore } from '../../src/storage';
import type { RecordStore } from '../../src/storage/types';
import { ImportSection } from '../../src/ui/workspace/ImportSection';

let store: RecordStore;
let fileText: string;
const snapshot = async () => JSON.stringify((await store.exportAll()).records);
const client = (label: string) => ({
  kind: 'client' as const,
  schemaVersion: 1 as const,
  label,
  flags: emptyFlags(),
  note: '',
});

beforeEach(async () => {
  // a file made on another device: two clients; this device has one of them, changed since
  const other = await openRecordStore({ name: `other-${Math.random()}` });
  const a = await other.put('client', client('A-17'));
  await other.put('client', client('B-02'));
  fileText = exportText(await other.exportAll());
  other.close();
  store = await openRecordStore({ name: `here-${Math.random()}` });
  await store.applyImport({ added: [a], changed: [], unchanged: 0, summary: [] }, { replaceChanged: false });
  const mine = (await store.list('client'))[0]!;
  await store.put('client', { ...client('A-17 (renamed here)') }, { id: mine.id, baseRev: mine.rev });
});
afterEach(() => {
  cleanup();
  store?.close();
});

const pick = (text: string, name = 'records.json') =>
  act(async () => {
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  });

describe('the import confirmation', () => {
  it('shows what would change and writes nothing before it is confirmed', async () => {
    render(<ImportSection store={store} />);
    const before = await snapshot();
    await pick(fileText);
    await waitFor(() => expect(screen.getByRole('group', { name: 'Confirm the import' })).toBeTruthy());
    const confirm = screen.getByRole('group', { name: 'Confirm the import' });
    expect(confirm.querySelector('p')!.textContent).toMatch(
      /^records\.json: 1 new, 1 changed \(\d newer in the file\), 0 unchanged\.$/,
    );
    expect(confirm.textContent).toMatch(/B-02/);
    expect(await snapshot()).toBe(before);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await snapshot()).toBe(before);

    await pick(fileText);
    await waitFor(() => screen.getByRole('button', { name: 'Import' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Imported/));
    const labels = (await store.list('client')).map((c) => c.label).sort();
    expect(labels).toContain('B-02');
  });

  it.each([
    ['a broken file', '{"format": "pointatlas-records", "records": [', /not a JSON file/],
    ['a foreign file', '{"resourceType": "Bundle"}', /not a PointAtlas records file/],
  ])('refuses %s with a message and changes nothing', async (_what, text, message) => {
    render(<ImportSection store={store} />);
    const before = await snapshot();
    await pick(text, 'bad.json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(message));
    expect(screen.getByRole('alert').textContent).toMatch(/Nothing on this device was changed/);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await snapshot()).toBe(before);
  });
});
