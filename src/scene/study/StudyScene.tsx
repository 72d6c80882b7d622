import { useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { Surface } from '../../core/surface';
import type { Vec3 } from '../../core/vec';
import type { SkinGeometry } from '../../state/atlasTypes';
import { useAtlasStore } from '../../state/store';
import { answerLocate } from '../../state/study/studyActions';
import { answered, currentCode, useStudyStore } from '../../state/study/studyStore';
import { CunRuler } from '../CunRuler';
import { useSceneStore } from '../sceneStore';
import { useCanvasPointer } from '../useCanvasPointer';
import { exposeStudyHooks } from './studyHooks';

const ray = new THREE.Raycaster();
const ndc = new THREE.Vector2();
let skinSurface: { skin: SkinGeometry; surface: Promise<Surface> } | null = null;

/** The skin as the engine reads it, built once per body on the first answer (for distances over the skin). */
async function overSkin(): Promise<((a: Vec3, b: Vec3) => number) | undefined> {
  const skin = useAtlasStore.getState().skin;
  if (!skin) return undefined;
  if (skinSurface?.skin !== skin)
    skinSurface = { skin, surface: import('../../core/surface').then((m) => m.createSurface(skin)) };
  const [surface, { walkTo }] = await Promise.all([skinSurface.surface, import('../../core/skinWalk')]);
  return (a, b) => walkTo(surface, a, b).length;
}

function Dot({ at, colour, size = 0.006 }: { at: Vec3; colour: string; size?: number }) {
  return (
    <mesh position={at as [number, number, number]} renderOrder={7}>
      <sphereGeometry args={[size, 16, 12]} />
      <meshBasicMaterial color={colour} depthTest={false} transparent opacity={0.95} />
    </mesh>
  );
}

/**
 * The study quiz in the scene: a click on the skin answers a locate question; the feedback draws the true site
 * (green), the click (red) and the cun ruler of the site's derivation; a name question marks the site it asks about.
 */
export function StudyScene() {
  const { camera, gl, scene } = useThree();
  const round = useStudyStore((s) => s.round);
  const sites = useAtlasStore((s) => s.resolved?.sites);
  useMemo(() => exposeStudyHooks(camera, gl.domElement, scene), [camera, gl, scene]);
  useCanvasPointer(gl.domElement, {
    hover: () => {},
    leave: () => {},
    click: (e) => {
      const r = useStudyStore.getState().round;
      const skin = useSceneStore.getState().skinMesh;
      if (!r || r.quiz !== 'locate' || answered(r) || !skin) return;
      const rect = gl.domElement.getBoundingClientRect();
      ndc.set(
        ((e.clientX - rect.left) / rect.width) * 2 - 1,
        -((e.clientY - rect.top) / rect.height) * 2 + 1,
      );
      ray.setFromCamera(ndc, camera);
      const hit = ray.intersectObject(skin, false)[0];
      if (!hit) return;
      const click: Vec3 = [hit.point.x, hit.point.y, hit.point.z];
      void overSkin().then((walk) => answerLocate(click, walk));
    },
  });
  const code = currentCode(round);
  if (!round || !code) return null;
  const result = round.results[round.index];
  if (round.quiz === 'name') {
    const site = sites?.find((s) => s.code === code && s.side !== 'R');
    return site ? <Dot at={site.position} colour="#ff3df5" size={0.008} /> : null;
  }
  if (!result?.answer || !result.click) return null;
  const site = sites?.find((s) => s.id === result.answer!.siteId);
  if (!site) return null;
  return (
    <group name="study-feedback">
      <Dot at={site.position} colour="#19c37d" />
      <Dot at={result.click} colour="#ff4d4d" size={0.005} />
      <CunRuler derivation={site.derivation} normal={site.normal} />
    </group>
  );
}
