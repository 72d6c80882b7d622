import type { AuricularPoint } from '../schema/auricularPoint';
import { decodeLabels } from '../core/labelCodec';
import type { Vec3 } from '../core/vec';
import type { EarMapFile } from '../schema/earMap';
import type { LayerPoint } from './layerTypes';
import type { UserEars } from './userAtlasTypes';

/**
 * What the ear layers draw on one body: the part and area of every vertex, by mesh (`ear.L` and `ear.R` on a
 * shipped body; `skin` on a user's body, whose ears are part of its skin), and the auricular sites. `carriedFrom`
 * names the shipped body whose ears were carried over by the calibration's warp (a schematic placement).
 */
export interface EarInputs {
  regions: string[];
  areas: string[];
  labels: Record<string, { region: Int16Array; area: Int16Array }>;
  sites: Record<string, { position: Vec3; normal: Vec3 }>;
  carriedFrom?: string;
}

/** A shipped body's ears, from its ear map. */
export const earInputsOfMap = (map: EarMapFile): EarInputs => ({
  regions: map.regions,
  areas: map.areas,
  labels: Object.fromEntries(
    (['L', 'R'] as const).map((s) => [
      `ear.${s}`,
      {
        region: Int16Array.from(decodeLabels(map.sides[s].region)),
        area: Int16Array.from(decodeLabels(map.sides[s].area)),
      },
    ]),
  ),
  sites: map.sites,
});

/** A user's body's ears, carried onto its skin from a shipped body's. */
export const earInputsOfUser = (ears: UserEars): EarInputs => ({
  regions: ears.regions,
  areas: ears.areas,
  labels: { skin: { region: ears.region, area: ears.area } },
  sites: ears.sites,
  carriedFrom: ears.source,
});

const remap = (labels: Int16Array, map: number[]) => labels.map((i) => (i < 0 ? -1 : map[i]));

/** The ear labels of a kind by mesh, re-indexed onto `names` (codes missing from `names` become −1). */
export function earLabels(ears: EarInputs | null, kind: 'region' | 'area', names: string[]) {
  if (!ears) return undefined;
  const list = kind === 'region' ? ears.regions : ears.areas;
  const map = list.map((n) => names.indexOf(n));
  return Object.fromEntries(Object.entries(ears.labels).map(([mesh, l]) => [mesh, remap(l[kind], map)]));
}

/**
 * The zones of an ear layer: labels on the skin as `vertexLabel` (`skin`, or `under` where the ears leave it
 * unlabelled), on the other meshes as `parts`.
 */
export function earZones(byMesh: Record<string, Int16Array> | undefined, under = new Int16Array(0)) {
  const { skin, ...parts } = byMesh ?? {};
  const vertexLabel = skin ? (under.length ? under.map((u, i) => (u >= 0 ? u : skin[i])) : skin) : under;
  return { vertexLabel, parts: Object.keys(parts).length ? parts : undefined };
}

/** The auricular points as markers on both ears, from the ear sites (none without them). */
export function earPointsOf(points: readonly AuricularPoint[], ears: EarInputs | null): LayerPoint[] {
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
