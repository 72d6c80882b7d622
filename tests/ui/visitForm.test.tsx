// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPlanItem } from '../../src/core/planItems';
import { emptyFlags } from '../../src/schema/records/client';
import type { RecordOf } from '../../src/storage/types';
import { useVisitsStore } from '../../src/state/workspace/visitsStore';
import { VisitForm } from '../../src/ui/workspace/VisitForm';
import { memoryRecordStore, type MemoryRecordStore } from '../fixtures/memoryRecordStore';

let mem: MemoryRecordStore;
let client: RecordOf<'client'>;
let plan: RecordOf<'plan'>;
let done = 0;

beforeEach(async () => {
  mem = memoryRecordStore();
  done = 0;
  useVisitsStore.setState({ clientId: null, visits: [], status: 'idle', error: null });
  client = await mem.put('client', {
    kind: 'client',
    schemaVersion: 1,
    label: 'A-17',
    flags: emptyFlags(),
    note: '',
  });
  plan = await mem.put('plan', {
    kind: 'plan',
    schemaVersion: 1,
    clientId: client.id,
    title: 'Low back',
    items: [
      newPlanItem('i1', { code: 'BL40', side: 'L' }, 'channel-point', true),
      newPlanItem('i2', { code: 'NPT-SCN', side: 'L' }, 'nerve-site', true),
    ],
    acknowledgements: [],
  });
});
afterEach(cleanup);

const renderForm = () =>
  render(<VisitForm store={mem} clientId={client.id} plans={[plan]} editing={null} onDone={() => done++} />);
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save visit' })));

describe('the visit form', () => {
  it('refuses pain rated outside 0–10 with a message and stores nothing', async () => {
    renderForm();
    const writes = mem.writes();
    type('Pain before (NRS 0–10)', '11');
    await save();
    expect(screen.getByText('Pain is rated 0 to 10, in whole numbers.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Nothing was saved/);
    expect(screen.getByLabelText('Pain before (NRS 0–10)').getAttribute('aria-invalid')).toBe('true');
    expect(mem.writes()).toBe(writes);
    expect(done).toBe(0);
  });

  it('shows a row per plan site with the normal range and its source', () => {
    renderForm();
    expect(screen.getByLabelText('BL40 both, Before, kg/cm²')).toBeTruthy();
    expect(screen.getByLabelText('NPT-SCN L, 15 min after, kg/cm²')).toBeTruthy();
    expect(screen.getByText(/3–4 kg\/cm² is called normal/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /source: Can I measure my pain progress\?/ })).toBeTruthy();
  });

  it('stores the visit with a copy of the plan that a later plan edit does not change', async () => {
    renderForm();
    type('Pain before (NRS 0–10)', '7');
    type('Pain after (NRS 0–10)', '3');
    type('NPT-SCN L, Before, kg/cm²', '2.5');
    type('NPT-SCN L, 1 min after, kg/cm²', '3.5');
    await save();
    expect(done).toBe(1);
    const [visit] = await mem.list('visit', { clientId: client.id });
    expect(visit).toMatchObject({ nrsBefore: 7, nrsAfter: 3, plan: { planId: plan.id, title: 'Low back' } });
    expect(visit!.readings).toEqual([{ itemId: 'i2', site: 'NPT-SCN L', before: 2.5, after1: 3.5 }]);

    await mem.put(
      'plan',
      { ...plan, title: 'Low back, changed', items: plan.items.slice(1) },
      { id: plan.id, baseRev: plan.rev },
    );
    const [after] = await mem.list('visit', { clientId: client.id });
    expect(after!.plan!.title).toBe('Low back');
    expect(after!.plan!.items.map((i) => i.code)).toEqual(['BL40', 'NPT-SCN']);
  });

  it('edits a visit keeping the plan copy it was recorded with', async () => {
    renderForm();
    type('Pain before (NRS 0–10)', '6');
    await save();
    const [visit] = await mem.list('visit', { clientId: client.id });
    cleanup();
    render(<VisitForm store={mem} clientId={client.id} plans={[]} editing={visit!} onDone={() => done++} />);
    expect(within(screen.getByRole('form')).getByText('Low back (as it was then)')).toBeTruthy();
    type('Pain before (NRS 0–10)', '5');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' })));
    const visits = await mem.list('visit', { clientId: client.id });
    expect(visits.map((v) => [v.id, v.nrsBefore, v.plan?.title])).toEqual([[visit!.id, 5, 'Low back']]);
  });
});
