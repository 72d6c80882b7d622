import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/state/store';
import { MESSAGES } from '../../src/storage/errors';
import { StorageError } from '../../src/storage/types';
import {
  addSelectionToPlan,
  connect,
  disconnect,
  movePlanItem,
  openWorkspace,
  planFields,
  saveClient,
  setDeviceRecordsOpener,
  useWorkspace,
} from '../../src/state/workspace';
import { memoryRecordStore, type MemoryRecordStore } from '../fixtures/memoryRecordStore';
import { client, openNewPlan, plan, startWorkspace } from './workspaceSetup';

const codes = () => plan().items.map((i) => i.code);

let mem: MemoryRecordStore;
beforeEach(async () => {
  mem = memoryRecordStore();
  await startWorkspace(async () => mem);
});
afterEach(() => disconnect());

describe('the workspace store', () => {
  it('creates a client and a plan, and adds items from selections with their layer and default side', async () => {
    await openNewPlan();
    await addSelectionToPlan({ code: 'BL23', side: 'L' });
    await addSelectionToPlan({ code: 'NPT-SCN', side: 'R' });
    await addSelectionToPlan({ code: 'GV4', side: 'M' });
    await addSelectionToPlan({ code: 'KSP-L4', side: 'L' });
    expect(useAtlasStore.getState().notices.at(-1)?.text).toMatch(/not something a plan can hold/);
    expect(plan().items.map((i) => [i.code, i.layer, i.side, i.technique])).toEqual([
      ['BL23', 'channel-point', 'both', 'needle'],
      ['NPT-SCN', 'nerve-site', 'R', 'perineural-injection'],
      ['GV4', 'channel-point', 'M', 'needle'],
    ]);
    expect(useWorkspace.getState().clients.map((c) => c.label)).toEqual(['A-17']);
  });
  it('shows a change made in another tab (through the store) without a reload by the UI', async () => {
    await openNewPlan();
    const p = plan();
    await mem.put('plan', { ...planFields(p), title: 'Renamed elsewhere' }, { id: p.id });
    await vi.waitFor(() => expect(plan().title).toBe('Renamed elsewhere'));
  });
  it('on a conflict applies the edit again to the other tab’s version and says so', async () => {
    await openNewPlan();
    await addSelectionToPlan({ code: 'BL23', side: 'L' });
    await addSelectionToPlan({ code: 'BL25', side: 'L' });
    const stale = plan();
    // another tab adds GB30; this tab has not seen it yet when it moves BL25 to the top
    const fields = planFields(stale);
    const other = { ...fields, items: [...fields.items, { ...fields.items[0]!, id: 'gb30', code: 'GB30' }] };
    await mem.put('plan', other, { id: stale.id });
    useWorkspace.setState({ plans: [stale] });
    await movePlanItem(stale.items[1]!, 0);
    expect(codes()).toEqual(['BL25', 'BL23', 'GB30']);
    expect(useWorkspace.getState().message).toMatch(/changed in another tab.*moving BL25/);
  });
  it('keeps the form’s input on a client conflict and reports it', async () => {
    const saved = await saveClient(client('B-2'));
    if (!saved.ok) throw new Error('not saved');
    const first = useWorkspace.getState().clients[0]!;
    await mem.put('client', { ...client('B-2 (other tab)') }, { id: first.id });
    const again = await saveClient(client('B-2 mine'), { id: first.id, baseRev: first.rev });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.message).toMatch(/Your edits are still in the form/);
    expect(again.conflict?.stored?.label).toBe('B-2 (other tab)');
  });
  it('says plainly when the device keeps no records, and when it is full', async () => {
    disconnect();
    setDeviceRecordsOpener(() => Promise.reject(new StorageError('unavailable', MESSAGES.unavailable)));
    await connect();
    expect(useWorkspace.getState().status).toBe('failed');
    expect(useWorkspace.getState().error).toMatch(/Records cannot be kept on this device/);
    disconnect();
    setDeviceRecordsOpener(async () => mem);
    await openWorkspace();
    await openNewPlan();
    mem.failNextWrite('quota');
    await addSelectionToPlan({ code: 'SP6', side: 'L' });
    expect(useWorkspace.getState().error).toMatch(/no room left.*nothing saved before was lost.*adding SP6/s);
    expect(codes()).toEqual([]);
  });
});
