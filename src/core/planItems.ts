import type { ItemLayer, ItemSide, PlanItem } from '../schema/records/planItem';
import { TECHNIQUES_BY_LAYER } from '../schema/records/planItemKinds';

/** The layer an item code belongs to (the atlas's code spaces do not overlap). */
export function layerOfCode(code: string, earCodes: ReadonlySet<string>): ItemLayer {
  if (code.startsWith('NPT-')) return 'nerve-site';
  if (code.startsWith('NRT-')) return 'nrt-zone';
  if (code.startsWith('EX-')) return 'extra-point';
  if (earCodes.has(code)) return 'ear-point';
  return 'channel-point';
}

/** Seed 002's injectate, the default of a new perineural injection item. */
export const DEFAULT_INJECTATE = '5% dextrose';

/**
 * A new plan item for a picked site: bilateral body points default to both sides, midline ones to M; ear points and
 * nerve sites keep the side picked; NRT back zones span the midline. The technique is the layer's first.
 */
export function newPlanItem(
  id: string,
  pick: { code: string; side: 'L' | 'R' | 'M'; key?: string },
  layer: ItemLayer,
  bilateral: boolean,
): PlanItem {
  const side: ItemSide =
    layer === 'channel-point' || layer === 'extra-point'
      ? bilateral
        ? 'both'
        : 'M'
      : layer === 'nrt-zone'
        ? pick.code.startsWith('NRT-EAR')
          ? pick.side === 'M'
            ? 'both'
            : pick.side
          : 'M'
        : pick.side === 'M'
          ? 'both'
          : pick.side;
  const technique = TECHNIQUES_BY_LAYER[layer][0]!;
  return {
    id,
    layer,
    code: pick.code,
    ...(pick.key ? { siteKey: pick.key } : {}),
    side,
    technique,
    ...(technique === 'perineural-injection' ? { injectate: DEFAULT_INJECTATE } : {}),
    note: '',
  };
}

/** The items with the one at `from` moved to `to` (clamped); the same array when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const t = Math.max(0, Math.min(items.length - 1, to));
  if (from === t || from < 0 || from >= items.length) return items as T[];
  const out = [...items];
  const [it] = out.splice(from, 1);
  out.splice(t, 0, it!);
  return out;
}

/** Site ids drawn for an item: both sides of a bilateral item, else its one side (`BL23.L`, `GV4`). */
export function siteIdsOf(item: PlanItem): string[] {
  const base = `${item.code}${item.siteKey ? `:${item.siteKey}` : ''}`;
  if (item.side === 'M') return [base];
  if (item.side === 'both') return [`${base}.L`, `${base}.R`];
  return [`${base}.${item.side}`];
}
