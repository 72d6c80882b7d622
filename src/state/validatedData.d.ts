/**
 * Data validated at build time by scripts/validatedDataPlugin.ts, delivered as plain JSON. `load()` resolves to the
 * data (fetched on call in a build; a success is shared, a failure forgotten, so calling again fetches again).
 */
declare module 'virtual:validated/atlas' {
  export function load(): Promise<import('./atlasTypes').AtlasData>;
}
declare module 'virtual:validated/neuro' {
  export const neuroData: import('../data/neuro').NeuroData;
}
declare module 'virtual:validated/expert-areas' {
  export const expertAreaData: import('../schema/expertArea').ExpertAreasFile;
}
declare module 'virtual:validated/npt' {
  export function load(): Promise<import('../data/npt').NptData>;
}
declare module '*.json?validated' {
  export function load(): Promise<unknown>;
}
