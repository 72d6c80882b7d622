import * as edits from '../../core/planEdits';
import type { PlanEdit, ItemPatch } from '../../core/planEdits';
import type { PlanItem } from '../../schema/records/planItem';
import { isConflict, storageMessage } from '../storageMessage';
import { reload, write } from './workspaceActions';
import type { PlanFields } from '../../schema/records/plan';
import { selectOpenPlan, useWorkspace, type PlanRecord } from './workspaceStore';

const set = useWorkspace.setState;
const get = useWorkspace.getState;

/** A stored plan's own fields, without the envelope (what `put` takes). */
export function planFields(plan: PlanRecord): PlanFields {
  const fields: Partial<PlanRecord> = { ...plan };
  delete fields.id;
  delete fields.rev;
  delete fields.updatedAt;
  return fields as PlanFields;
}

/** Starts a new plan for the open client and opens it. */
export async function createPlan(title: string): Promise<boolean> {
  const { clientId } = get();
  const name = title.trim();
  if (!clientId || !name) return false;
  let id: string | null = null;
  const ok = await write(async (r) => {
    const plan = await r.put('plan', {
      kind: 'plan',
      schemaVersion: 1,
      clientId,
      title: name,
      items: [],
      acknowledgements: [],
    });
    id = plan.id;
  });
  if (ok && id) set({ planId: id });
  return ok;
}

/** Opens one of the open client's plans (null closes it and leaves pick mode). */
export function openPlan(id: string | null): void {
  set({ planId: id, picking: false, message: null, lastAdded: null });
}

/** Deletes a plan of the open client. */
export async function deletePlan(id: string): Promise<boolean> {
  const rev = get().plans.find((p) => p.id === id)?.rev;
  if (get().planId === id) set({ planId: null, picking: false });
  return write((r) => r.remove('plan', id, rev ? { baseRev: rev } : {}));
}

/**
 * Applies an edit to the open plan, guarded by the rev it was read at. If another tab changed the plan meanwhile, the
 * plan is read again and the same edit applied to the fresh copy (edits name items by id, so they mean the same
 * thing on it), and the practitioner is told; if that fails too, they are told that the change was not saved.
 */
export async function editPlan(what: string, edit: PlanEdit, planId = get().planId): Promise<boolean> {
  const { records } = get();
  const plan = get().plans.find((p) => p.id === planId);
  if (!records || !plan) return false;
  try {
    await records.put('plan', edit(planFields(plan)), { id: plan.id, baseRev: plan.rev });
    set({ error: null });
  } catch (e) {
    if (!isConflict(e)) {
      set({ error: `${storageMessage(e)} (The change — ${what} — was not saved.)` });
      await reload();
      return false;
    }
    try {
      const fresh = await records.get('plan', plan.id);
      if (!fresh) {
        set({ message: `The plan was deleted in another tab or window, so ${what} could not be saved.` });
        await reload();
        return false;
      }
      await records.put('plan', edit(planFields(fresh)), { id: fresh.id, baseRev: fresh.rev });
      set({
        message: `The plan had been changed in another tab or window. It was reloaded and your change (${what}) applied to the new version.`,
      });
    } catch (e2) {
      set({ error: `${storageMessage(e2)} (The change — ${what} — was not saved; please make it again.)` });
      await reload();
      return false;
    }
  }
  await reload();
  return true;
}

/** Renames a plan of the open client. */
export const renameOpenPlan = (title: string, planId?: string): Promise<boolean> =>
  title.trim() ? editPlan(`renaming the plan`, edits.renamePlan(title), planId) : Promise.resolve(false);

export const addPlanItem = (item: PlanItem): Promise<boolean> =>
  editPlan(`adding ${item.code}`, edits.addItem(item));

export const removePlanItem = (item: PlanItem): Promise<boolean> =>
  editPlan(`removing ${item.code}`, edits.removeItem(item.id));

export const updatePlanItem = (item: PlanItem, patch: ItemPatch): Promise<boolean> =>
  editPlan(`editing ${item.code}`, edits.updateItem(item.id, patch));

/** Moves an item to position `to` (0-based) of the open plan. */
export const movePlanItem = (item: PlanItem, to: number): Promise<boolean> =>
  editPlan(`moving ${item.code}`, edits.moveItemTo(item.id, to));

/** Acknowledges a warning of the open plan with a reason (at least 3 characters); false when refused. */
export function acknowledgeWarning(checkId: string, reason: string): Promise<boolean> {
  const edit = edits.acknowledge(checkId, reason, new Date().toISOString());
  return edit ? editPlan('the acknowledgement', edit) : Promise.resolve(false);
}

/** Turns pick mode on or off (on only with a plan open). */
export function setPicking(on: boolean): void {
  set({ picking: on && selectOpenPlan(get()) !== undefined });
}
