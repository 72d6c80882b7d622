import * as THREE from 'three';
import { levelIndex } from '../../core/dermatomeLevels';
import { levelAtClick } from '../../core/study/levelQuiz';
import { dermatomeLabels } from '../../state/study/levelRound';
import { useSceneStore } from '../sceneStore';

const ray = new THREE.Raycaster();
const v = new THREE.Vector3();
const n = new THREE.Vector3();

/**
 * A screen spot (whole pixels) where a click lands on the skin of a dermatome level, as the quiz reads clicks, with
 * the pixels two to each side reading the same level; null when none is in view. For the end-to-end tests.
 */
export function levelSpot(
  level: string,
  camera: THREE.Camera,
  canvas: HTMLCanvasElement,
): { x: number; y: number } | null {
  const skin = useSceneStore.getState().skinMesh;
  const labels = dermatomeLabels();
  const want = levelIndex(level);
  if (!skin || !labels || want < 0) return null;
  const pos = skin.geometry.getAttribute('position');
  const nor = skin.geometry.getAttribute('normal');
  const rect = canvas.getBoundingClientRect();
  const levelAt = (x: number, y: number) => {
    ray.setFromCamera(
      new THREE.Vector2(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1),
      camera,
    );
    const hit = ray.intersectObject(skin, false)[0];
    if (!hit?.face) return undefined;
    const { a, b, c } = hit.face;
    return levelAtClick(pos.array, labels, [a, b, c], [hit.point.x, hit.point.y, hit.point.z]);
  };
  const toCamera = new THREE.Vector3();
  for (let i = 0; i < labels.length; i += 7) {
    if (labels[i] !== want) continue;
    v.fromBufferAttribute(pos, i);
    if (nor) {
      n.fromBufferAttribute(nor, i);
      if (n.dot(toCamera.copy(camera.position).sub(v).normalize()) < 0.6) continue;
    }
    const p = v.clone().project(camera);
    if (Math.abs(p.x) > 0.95 || Math.abs(p.y) > 0.95 || p.z > 1) continue;
    const x = Math.round(rect.left + ((p.x + 1) / 2) * rect.width);
    const y = Math.round(rect.top + ((1 - p.y) / 2) * rect.height);
    const around = [
      [0, 0],
      [2, 0],
      [-2, 0],
      [0, 2],
      [0, -2],
    ];
    if (around.every(([dx, dy]) => levelAt(x + dx, y + dy) === level)) return { x, y };
  }
  return null;
}
