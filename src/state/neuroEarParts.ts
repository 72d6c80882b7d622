import type { AuricularPoint } from '../schema/auricularPoint';
import { decodeLabels } from '../core/labelCodec';
import type { EarMapFile } from '../schema/earMap';
import type { LayerPoint } from './layerTypes';

const remap = (labels: Int16Array, map: number[]) => labels.map((i) => (i < 0 ? -1 : map[i]));

/** The ear labels of a kind, re-indexed onto `names` (codes missing from `names` become −1). */
export function earLabels(ears: EarMapFile | null, kind: 'region' | 'area', names: string[]) {
  if (!ears) return undefined;
  const list = kind === 'region' ? ears.regions : ears.areas;
  const map = list.map((n) => names.indexOf(n));
  return {
    'ear.L': remap(decodeLabels(ears.sides.L[kind]), map),
    'ear.R': remap(decodeLabels(ears.sides.R[kind]), map),
  };
}

/** The auricular points as markers on both ears, from the ear map's sites (none without a map). */
export function earPointsOf(points: readonly AuricularPoint[], ears: EarMapFile | null): LayerPoint[] {
  return points.flatMap((p) =>
    (['L', 'R'] as const).flatMap((side) => {
      const site = ears?.sites[`${p.code}.${side}`];
      if (!site) return [];
      const group = p.uses.some((u) => u.context === 'nada') ? 'nada' : 'low-back';
      return [
        {
          id: `${p.code}.${side}`,
          code: p.code,
          group,
          side,
          position: site.position,
          normal: site.normal,
          name: p.name,
        },
      ];
    }),
  );
}
