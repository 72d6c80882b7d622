import { neuroData } from 'virtual:validated/neuro';
import { layerOfCode, newPlanItem } from '../../core/planItems';
import type { ItemLayer, ItemSide, PlanItem } from '../../schema/records/planItem';
import { SIDES_BY_LAYER } from '../../schema/records/planItemKinds';
import type { Selection } from '../atlasTypes';
import type { SearchDoc } from '../../core/search';
import { neuroItemOf } from '../neuroItems';
import { pointRecord } from '../selectors';
import { useAtlasStore } from '../store';
import { addPlanItem } from './planActions';
import { isPickingForPlan, selectOpenPlan, useWorkspace } from './workspaceStore';

const earCodes = new Set(neuroData.auricular.points.map((p) => p.code));

/** The plan layer of a selected item, or null for what cannot go in a plan (a dermatome key point). */
export function planLayerOf(code: string): ItemLayer | null {
  if (neuroItemOf(code)?.kind === 'key-point') return null;
  const layer = layerOfCode(code, earCodes);
  const data = useAtlasStore.getState().data;
  if ((layer === 'channel-point' || layer === 'extra-point') && data && !pointRecord(data, code)) return null;
  if (layer === 'nrt-zone' && !neuroItemOf(code)) return null;
  return layer;
}

/** Whether a point (or one site of a multi-site point) has a left and a right site. */
function bilateral(sel: Selection, layer: ItemLayer): boolean {
  if (layer !== 'channel-point' && layer !== 'extra-point') return true;
  const record = pointRecord(useAtlasStore.getState().data, sel.code);
  const site = sel.key ? record?.sites?.find((s) => s.key === sel.key) : undefined;
  const lat = site?.laterality ?? record?.laterality;
  // before the atlas data has loaded: the midline channels are the Governor and Conception vessels
  return lat ? lat === 'bilateral' : !/^(GV|CV)\d/.test(sel.code);
}

/** The sides an item picked at `sel` may take (L, R, both for bilateral items; M alone for midline points). */
export function sidesFor(sel: Selection): readonly ItemSide[] {
  const layer = planLayerOf(sel.code);
  if (!layer) return [];
  if ((layer === 'channel-point' || layer === 'extra-point') && !bilateral(sel, layer)) return ['M'];
  if (layer === 'nrt-zone' && !sel.code.startsWith('NRT-EAR')) return ['M'];
  return SIDES_BY_LAYER[layer].filter((s) => s !== 'M');
}

/** A new plan item for a selection (the layer's first technique; bilateral points on both sides unless `side`). */
export function planItemFor(sel: Selection, side?: ItemSide): PlanItem | null {
  const layer = planLayerOf(sel.code);
  if (!layer) return null;
  const item = newPlanItem(crypto.randomUUID(), sel, layer, bilateral(sel, layer));
  return side && sidesFor(sel).includes(side) ? { ...item, side } : item;
}

/** Adds the selected item to the open plan and says so; false when no plan is open or the item cannot be planned. */
export async function addSelectionToPlan(sel: Selection, side?: ItemSide): Promise<boolean> {
  const atlas = useAtlasStore.getState();
  if (!selectOpenPlan(useWorkspace.getState())) {
    atlas.notify('Open a plan in the workspace first, then add items to it.');
    return false;
  }
  const item = planItemFor(sel, side);
  if (!item) {
    atlas.notify(
      `${sel.code} is not something a plan can hold (a reference point of the dermatome map, or no item of the atlas).`,
    );
    return false;
  }
  const ok = await addPlanItem(item);
  if (ok) {
    const n = selectOpenPlan(useWorkspace.getState())?.items.length ?? 0;
    useWorkspace.setState({ lastAdded: `${item.code} added as item ${n}.` });
  }
  return ok;
}

/**
 * What a search result adds to a plan: points, zones, ear points and nerve sites (picked on the midline, so
 * bilateral items start on both sides); null for what a plan cannot hold (conditions, dermatome key points).
 */
export function selectionOfSearchDoc(doc: SearchDoc): Selection | null {
  if (doc.kind === 'point') {
    const key = pointRecord(useAtlasStore.getState().data, doc.ref)?.sites?.[0]?.key;
    return key ? { code: doc.ref, key, side: 'M' } : { code: doc.ref, side: 'M' };
  }
  if (doc.kind === 'zone' || doc.kind === 'ear-point' || doc.kind === 'npt-site')
    return { code: doc.ref, side: 'M' };
  return null;
}

/**
 * A click on the body while picking for a plan: adds what was clicked (the side clicked, for ear points and nerve
 * sites; both sides for bilateral points) and returns true; returns false when not picking, so the click selects.
 */
export function pickForPlan(sel: Selection): boolean {
  if (!isPickingForPlan(useWorkspace.getState())) return false;
  void addSelectionToPlan(sel);
  return true;
}
