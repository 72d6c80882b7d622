import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRecordStore } from '../../src/storage';
import {
  addSelectionToPlan,
  disconnect,
  movePlanItem,
  planFields,
  useWorkspace,
} from '../../src/state/workspace';
import { openNewPlan, plan, startWorkspace } from './workspaceSetup';

afterEach(() => disconnect());

describe('the workspace on the device storage (fake IndexedDB)', () => {
  it('shows another tab’s change, and a stale edit is replayed on top of it rather than lost', async () => {
    const name = `ws-${crypto.randomUUID()}`;
    await startWorkspace(() => openRecordStore({ name }));
    await openNewPlan('Low back pain');
    await addSelectionToPlan({ code: 'BL23', side: 'L' });
    await addSelectionToPlan({ code: 'SP6', side: 'L' });

    // a second tab on the same database adds GB30
    const tab2 = await openRecordStore({ name });
    const seen = plan();
    await tab2.put(
      'plan',
      { ...planFields(seen), items: [...seen.items, { ...seen.items[0]!, id: 'gb30', code: 'GB30' }] },
      { id: seen.id, baseRev: seen.rev },
    );
    await vi.waitFor(() => expect(plan().items.map((i) => i.code)).toEqual(['BL23', 'SP6', 'GB30']));

    // this tab edits from the old version: the edit lands on the new one, and the practitioner is told
    useWorkspace.setState({ plans: [seen] });
    await movePlanItem(seen.items[1]!, 0);
    await vi.waitFor(() => expect(plan().items.map((i) => i.code)).toEqual(['SP6', 'BL23', 'GB30']));
    expect(useWorkspace.getState().message).toMatch(/changed in another tab/);
    const stored = await tab2.get('plan', seen.id);
    expect(stored?.items.map((i) => i.code)).toEqual(['SP6', 'BL23', 'GB30']);
    tab2.close();
  });
});
