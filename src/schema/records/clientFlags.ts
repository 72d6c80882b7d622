import type { ClientFlags } from './client';

/**
 * A client with no flag set: what ClientFlagsSchema gives for `{}` (a test holds them equal), without zod, for the
 * safety checks on the way to the first frame.
 */
export const emptyFlags = (): ClientFlags => ({
  pregnant: false,
  anticoagulants: false,
  bleedingDisorder: false,
  pacemaker: false,
  implantedDevice: false,
  diabetes: false,
  epilepsy: false,
  skinConditionSite: '',
});
