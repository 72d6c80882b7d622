import type { ItemSite } from '../core/dermatomeKeyPoints';
import type { SkinGeometry } from './atlasTypes';

/**
 * The ISNCSCI key points resolved on each loaded skin, with their derivations (the layer's markers keep only where
 * they are): study mode scores a locate answer by them. Set when the neuro layers are computed.
 */
const bySkin = new WeakMap<SkinGeometry, readonly ItemSite[]>();

export const rememberKeySites = (skin: SkinGeometry, sites: readonly ItemSite[]): void =>
  void bySkin.set(skin, sites);

/** The key sites of a skin, or none before its neuro layers are computed. */
export const keySitesOf = (skin: SkinGeometry | null | undefined): readonly ItemSite[] =>
  (skin && bySkin.get(skin)) || [];
