/** The layer id of nerve exit sites (contracts §3), shared by the engine and the viewer without either's code. */
export const NPT_LAYER = 'npt';

/** The layer id of the measured spread among practitioners (where a study gives one), drawn as areas on the skin. */
export const EXPERT_SPREAD_LAYER = 'expert-spread';
