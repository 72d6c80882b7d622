import type { Channel } from '../schema/channel';
import type { Side } from '../schema/common';
import type { PointRecord } from '../schema/point';
import type { Source } from '../schema/source';
import type { ResolvedSite } from '../core/sites';
import type { Vec3 } from '../core/vec';

/** The validated data the app shows (src/data/index.ts). */
export interface AtlasData {
  points: PointRecord[];
  channels: Channel[];
  sources: Source[];
}

/** What the location engine returns for one body (src/core/atlas.ts `resolveAtlas`). */
export interface ResolvedAtlas {
  sites: ResolvedSite[];
  lines: { channel: string; side: 'L' | 'R' | 'M'; path: Vec3[] }[];
  errors: string[];
}

/** A body's skin as the engine reads it: world-space positions and triangle indices. */
export interface SkinGeometry {
  positions: Float32Array;
  indices: Uint32Array;
}

/** The selected item: a point code, the side shown (M for midline points), and the site key of multi-site points. */
export interface Selection {
  code: string;
  side: Side;
  key?: string;
}

/** The site id of contracts §3 for a selection: `LI4.L`, `GV20`, `EX-B2:T1.L`. */
export const siteIdOf = (sel: Selection): string =>
  `${sel.code}${sel.key ? `:${sel.key}` : ''}${sel.side === 'M' ? '' : `.${sel.side}`}`;

/** Parses a site id back into a selection (the inverse of `siteIdOf`). */
export const selectionOfSiteId = (id: string): Selection => {
  const m = /^(.*?)(?::([A-Za-z0-9]+))?(?:\.([LR]))?$/.exec(id);
  const code = m?.[1] ?? id;
  const key = m?.[2];
  const side = (m?.[3] as Side | undefined) ?? 'M';
  return key ? { code, key, side } : { code, side };
};
