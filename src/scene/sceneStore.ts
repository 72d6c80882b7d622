import type * as THREE from 'three';
import { create } from 'zustand';
import type { BodyModel } from './loadBodyModel';

/** Scene-only objects (three.js geometry and meshes) that the DOM never reads. */
interface SceneState {
  model: BodyModel | null;
  /** The drawn skin mesh, for picking and depth tests against the body. */
  skinMesh: THREE.Mesh | null;
}

export const useSceneStore = create<SceneState>()(() => ({ model: null, skinMesh: null }));
