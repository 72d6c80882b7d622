import type { TourScene } from '../../schema/records/tour';
import { useAtlasStore } from '../store';
import { scenePatch } from './sceneState';

/** Puts a scene on screen: a flight between scenes (the camera rig cuts instead when reduced motion is asked for). */
export function showScene(scene: TourScene, instant = false): void {
  useAtlasStore.setState((s) => scenePatch(s, scene, instant));
}
