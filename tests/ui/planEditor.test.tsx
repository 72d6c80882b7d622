// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atlasData } from '../../src/data';
import { emptyFlags } from '../../src/schema/records/client';
import { initialAtlasState, useAtlasStore } from '../../src/state/store';
import {
  addSelectionToPlan,
  createPlan,
  disconnect,
  openClient,
  openWorkspace,
  saveClient,
  setDeviceRecordsOpener,
} from '../../src/state/workspace';
import { WorkspacePanel } from '../../src/ui/workspace/WorkspacePanel';
import { MESSAGES } from '../../src/storage/errors';
import { StorageError } from '../../src/storage/types';
import { memoryRecordStore } from '../fixtures/memoryRecordStore';

/** A client (pregnant or not) with a plan of the given codes, open in the workspace. */
async function openPlanOf(codes: string[], pregnant = true) {
  const saved = await saveClient({
    kind: 'client',
    schemaVersion: 1,
    label: 'A-17',
    flags: { ...emptyFlags(), pregnant, ...(pregnant ? { pregnancyWeeks: 20 } : {}) },
    note: '',
  });
  if (!saved.ok) throw new Error(saved.message);
  await openClient(saved.id);
  await createPlan('Low back pain');
  for (const code of codes) await addSelectionToPlan({ code, side: 'L' });
}

const pregnancyGroup = () =>
  screen.getAllByTestId('safety-rule').find((g) => g.dataset.rule === 'pregnancy-point')!;
const itemCodes = () =>
  screen.getAllByTestId('plan-item').map((li) => li.querySelector('.code')?.textContent);

beforeEach(async () => {
  useAtlasStore.setState({ ...initialAtlasState(), data: atlasData });
  const mem = memoryRecordStore();
  setDeviceRecordsOpener(async () => mem);
  await act(() => openWorkspace());
});
afterEach(() => {
  cleanup();
  disconnect();
});

describe('the plan editor', () => {
  it('moves the focused item up with Alt+↑ and down with its button, and keeps focus on it', async () => {
    await act(() => openPlanOf(['BL23', 'BL25', 'BL40']));
    render(<WorkspacePanel />);
    expect(itemCodes()).toEqual(['BL23', 'BL25', 'BL40']);
    const bl40 = screen.getAllByTestId('plan-item')[2]!;
    bl40.focus();
    fireEvent.keyDown(bl40, { key: 'ArrowUp', altKey: true });
    await waitFor(() => expect(itemCodes()).toEqual(['BL23', 'BL40', 'BL25']));
    await waitFor(() => expect(document.activeElement?.querySelector('.code')?.textContent).toBe('BL40'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' }); // without Alt: nothing moves
    fireEvent.click(screen.getByRole('button', { name: 'Move BL23 down' }));
    await waitFor(() => expect(itemCodes()).toEqual(['BL40', 'BL23', 'BL25']));
  });

  it('shows the pregnancy warning on SP6 for a pregnant client, with why, evidence and its source', async () => {
    await act(() => openPlanOf(['BL23', 'SP6']));
    render(<WorkspacePanel />);
    const group = pregnancyGroup();
    const entries = within(group).getAllByTestId('safety-warning');
    expect(entries.map((e) => e.querySelector('.codes')?.textContent)).toEqual(['SP6']);
    expect(group.textContent).toContain('Point traditionally avoided in pregnancy');
    expect(group.textContent).toMatch(/The client is pregnant/);
    expect(group.textContent).toContain('Evidence: practitioner claim');
    expect(within(group).getByRole('region', { name: 'Sources' }).textContent).toContain(
      'The safety of obstetric acupuncture: forbidden points revisited',
    );
    // the row of SP6 carries the warning too; BL23's does not
    const rows = screen.getAllByTestId('plan-item');
    expect(rows[1]!.querySelector('.chip--warning')?.getAttribute('title')).toMatch(/pregnancy/);
    expect(rows[0]!.querySelector('.chip--warning')?.getAttribute('title') ?? '').not.toMatch(/pregnancy/);
  });

  it('has no pregnancy warning when the client is not pregnant', async () => {
    await act(() => openPlanOf(['SP6'], false));
    render(<WorkspacePanel />);
    expect(
      screen.queryAllByTestId('safety-rule').filter((g) => g.dataset.rule === 'pregnancy-point'),
    ).toEqual([]);
    expect(screen.getByTestId('plan-item').textContent).toContain('SP6');
  });

  it('acknowledges a warning only with a reason, and keeps it listed, marked with the reason', async () => {
    await act(() => openPlanOf(['SP6']));
    render(<WorkspacePanel />);
    const card = () => within(pregnancyGroup()).getByTestId('safety-warning');
    fireEvent.click(within(card()).getByRole('button', { name: 'Acknowledge…' }));
    const reason = within(card()).getByLabelText('Reason for going ahead');
    fireEvent.change(reason, { target: { value: ' ok ' } });
    fireEvent.click(within(card()).getByRole('button', { name: 'Acknowledge' }));
    expect(within(card()).getByRole('alert').textContent).toMatch(/at least 3 characters/);
    expect(within(card()).queryByTestId('acknowledgement')).toBeNull();
    fireEvent.change(reason, { target: { value: 'Acupressure only, agreed with the midwife' } });
    fireEvent.click(within(card()).getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect(within(card()).getByTestId('acknowledgement').textContent).toContain(
        'Acupressure only, agreed with the midwife',
      ),
    );
    expect(card().querySelector('.codes')?.textContent).toBe('SP6');
    expect(pregnancyGroup().textContent).toContain('Point traditionally avoided in pregnancy');
    expect(screen.getByTestId('plan-warnings').textContent).toMatch(/0 open, 1 acknowledged/);
  });

  it('reorders by dragging an item’s handle onto another item', async () => {
    await act(() => openPlanOf(['BL23', 'BL25', 'BL40']));
    render(<WorkspacePanel />);
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (t: string, v: string) => data.set(t, v),
      getData: (t: string) => data.get(t) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    const rows = screen.getAllByTestId('plan-item');
    fireEvent.dragStart(rows[2]!.querySelector('.drag-handle')!, { dataTransfer });
    fireEvent.dragOver(rows[0]!, { dataTransfer });
    fireEvent.drop(rows[0]!, { dataTransfer });
    await waitFor(() => expect(itemCodes()).toEqual(['BL40', 'BL23', 'BL25']));
  });
});

describe('the workspace panel when the device keeps no records', () => {
  it('says so plainly and offers nothing that would lose input', async () => {
    disconnect();
    setDeviceRecordsOpener(() => Promise.reject(new StorageError('unavailable', MESSAGES.unavailable)));
    await act(() => openWorkspace());
    render(<WorkspacePanel />);
    expect(screen.getByRole('alert').textContent).toMatch(/Records cannot be kept on this device/);
    expect(screen.queryByRole('button', { name: 'New client' })).toBeNull();
  });
});
