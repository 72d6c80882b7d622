/** The layer id of nerve exit sites (contracts §3), shared by the engine and the viewer without either's code. */
export const NPT_LAYER = 'npt';
