/** Data validated at build time by scripts/validatedDataPlugin.ts, delivered as plain JSON. */
declare module 'virtual:validated/atlas' {
  export const atlasData: import('./atlasTypes').AtlasData;
}
declare module 'virtual:validated/neuro' {
  export const neuroData: import('../data/neuro').NeuroData;
}
declare module 'virtual:validated/npt' {
  export const nptData: import('../data/npt').NptData;
}
declare module '*.json?validated' {
  const value: unknown;
  export default value;
}
