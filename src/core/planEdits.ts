import type { PlanFields } from '../schema/records/plan';
import type { PlanItem } from '../schema/records/planItem';
import { TECHNIQUES_BY_LAYER } from '../schema/records/planItemKinds';
import { DEFAULT_INJECTATE, moveItem } from './planItems';

/**
 * Edits of a plan as plain functions of its fields. The workspace store applies one to the stored plan; when another
 * tab changed the plan meanwhile (a `conflict`), it applies the same edit again to the fresh copy, so the
 * practitioner's change is kept on top of the other tab's rather than lost.
 */
export type PlanEdit = (plan: PlanFields) => PlanFields;

/** Appends an item (the same code, site key and side twice is allowed: a plan may repeat a point). */
export const addItem =
  (item: PlanItem): PlanEdit =>
  (plan) => ({ ...plan, items: [...plan.items, item] });

/** Removes an item by id, with the acknowledgements that pointed at it alone. */
export const removeItem =
  (itemId: string): PlanEdit =>
  (plan) => ({
    ...plan,
    items: plan.items.filter((i) => i.id !== itemId),
    acknowledgements: plan.acknowledgements.filter((a) => !a.checkId.endsWith(`:${itemId}`)),
  });

/** The fields an item's editor may change. */
export type ItemPatch = Partial<
  Pick<PlanItem, 'side' | 'technique' | 'injectate' | 'depthMm' | 'durationMin' | 'note'>
>;

/**
 * Changes an item's fields. A technique that does not fit the layer is refused (the item is kept as it was); moving to
 * a perineural injection brings the default injectate, moving away drops it. `undefined` in the patch clears an
 * optional field (depth, duration).
 */
export const updateItem =
  (itemId: string, patch: ItemPatch): PlanEdit =>
  (plan) => ({
    ...plan,
    items: plan.items.map((i) => (i.id === itemId ? patchItem(i, patch) : i)),
  });

function patchItem(item: PlanItem, patch: ItemPatch): PlanItem {
  if (patch.technique && !TECHNIQUES_BY_LAYER[item.layer].includes(patch.technique)) return item;
  const next: PlanItem = { ...item };
  for (const [k, v] of Object.entries(patch) as [keyof ItemPatch, unknown][]) {
    if (v === undefined) delete (next as Partial<PlanItem>)[k];
    else (next as Record<string, unknown>)[k] = v;
  }
  if (next.technique === 'perineural-injection') {
    if (!(next.injectate ?? '').trim()) next.injectate = DEFAULT_INJECTATE;
  } else delete next.injectate;
  return next;
}

/** Moves the item with `itemId` to position `to` (clamped). Keyed by id so a replay after a conflict moves the same item. */
export const moveItemTo =
  (itemId: string, to: number): PlanEdit =>
  (plan) => {
    const from = plan.items.findIndex((i) => i.id === itemId);
    return from < 0 ? plan : { ...plan, items: moveItem(plan.items, from, to) };
  };

/** Renames the plan. */
export const renamePlan =
  (title: string): PlanEdit =>
  (plan) => ({ ...plan, title: title.trim() });

/** Shortest acknowledgement reason accepted (the schema's minimum). */
export const MIN_REASON = 3;

/**
 * Records that a warning was seen and why it is accepted. A reason under MIN_REASON characters (after trimming) is
 * refused with `null`; acknowledging again replaces the earlier reason.
 */
export function acknowledge(checkId: string, reason: string, at: string): PlanEdit | null {
  const text = reason.trim();
  if (text.length < MIN_REASON) return null;
  return (plan) => ({
    ...plan,
    acknowledgements: [
      ...plan.acknowledgements.filter((a) => a.checkId !== checkId),
      { checkId, reason: text, at },
    ],
  });
}
