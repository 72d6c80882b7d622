import type { NeuroSurface } from '../core/neuroSurface';
import type { SkinGeometry } from './atlasTypes';

/**
 * The dermatome and NRT labels and key points of a body the build did not see, by skin: the atlas loader's worker
 * computes them with the points (atlasLoader.ts), the neuro loader hands them to the neuro layers (neuroLoader.ts).
 */
export const userNeuroSurfaces = new WeakMap<SkinGeometry, Promise<NeuroSurface>>();
