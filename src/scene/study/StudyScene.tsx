import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { levelAtClick } from '../../core/study/levelQuiz';
import type { Vec3 } from '../../core/vec';
import { expertArea } from '../../state/expertAreas';
import { useAtlasStore } from '../../state/store';
import { dermatomeLabels } from '../../state/study/levelRound';
import { studySites } from '../../state/study/questionSite';
import { answerLevel, answerLocate } from '../../state/study/studyAnswers';
import { answered, currentCode, useStudyStore } from '../../state/study/studyStore';
import { CunRuler } from '../CunRuler';
import { useSceneStore } from '../sceneStore';
import { useCanvasPointer } from '../useCanvasPointer';
import { ExpertAreaRing } from './ExpertAreaRing';
import { LevelPatch } from './LevelPatch';
import { overSkin } from './skinForStudy';
import { StudyDot } from './StudyDot';
import { exposeStudyHooks } from './studyHooks';

const ray = new THREE.Raycaster();
const ndc = new THREE.Vector2();

/** Where a click meets the drawn skin, if it does. */
function skinHit(e: PointerEvent, camera: THREE.Camera, canvas: HTMLCanvasElement) {
  const skin = useSceneStore.getState().skinMesh;
  if (!skin) return undefined;
  const rect = canvas.getBoundingClientRect();
  ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
  ray.setFromCamera(ndc, camera);
  return ray.intersectObject(skin, false)[0];
}

/** A click on the skin answers a locate question, or a level question asked by name, when one waits for it. */
function answerByClick(e: PointerEvent, camera: THREE.Camera, canvas: HTMLCanvasElement): void {
  const r = useStudyStore.getState().round;
  if (!r || answered(r)) return;
  const byLevel = r.quiz === 'level' && r.levelBy === 'click';
  if (r.quiz !== 'locate' && !byLevel) return;
  const hit = skinHit(e, camera, canvas);
  if (!hit?.face) return;
  const click: Vec3 = [hit.point.x, hit.point.y, hit.point.z];
  if (r.quiz === 'locate') {
    void overSkin().then((walk) => answerLocate(click, walk));
    return;
  }
  const labels = dermatomeLabels();
  const positions = (hit.object as THREE.Mesh).geometry.getAttribute('position').array;
  const { a, b, c } = hit.face;
  if (labels) void answerLevel(levelAtClick(positions, labels, [a, b, c], click));
}

/**
 * The study quiz in the scene: a click on the skin answers a locate question or a level question; the locate
 * feedback draws the true site (green), the click (red), the cun ruler of the site's derivation and the experts' area
 * where one is published; a name question marks the site it asks about, a level question the patch.
 */
export function StudyScene() {
  const { camera, gl, invalidate } = useThree();
  const round = useStudyStore((s) => s.round);
  // the sites (and the key points of the neuro layers) arrive after the panel may have opened
  const resolved = useAtlasStore((s) => s.resolved);
  const layers = useAtlasStore((s) => s.layers);
  useEffect(() => exposeStudyHooks(camera, gl.domElement), [camera, gl]);
  useCanvasPointer(gl.domElement, {
    hover: () => {},
    leave: () => {},
    click: (e) => answerByClick(e, camera, gl.domElement),
  });
  useEffect(() => invalidate(), [round, resolved, layers, invalidate]);
  const code = currentCode(round);
  if (!round || !code) return null;
  const result = round.results[round.index];
  if (round.quiz === 'level') {
    if (round.levelBy !== 'click') return <LevelPatch level={code} colour="#ff3df5" />;
    if (!result) return null;
    return (
      <group name="study-feedback">
        <LevelPatch level={code} colour="#19c37d" />
        {!result.right && result.chosen && <LevelPatch level={result.chosen} colour="#ff4d4d" />}
      </group>
    );
  }
  if (round.quiz === 'name') {
    const site = studySites(code).find((s) => s.side !== 'R');
    return site ? <StudyDot at={site.position} colour="#ff3df5" size={0.008} /> : null;
  }
  if (round.quiz !== 'locate' || !result?.answer || !result.click) return null;
  const site = studySites(code).find((s) => s.id === result.answer!.siteId);
  if (!site) return null;
  const expert = expertArea(code);
  return (
    <group name="study-feedback">
      <StudyDot at={site.position} colour="#19c37d" />
      <StudyDot at={result.click as Vec3} colour="#ff4d4d" size={0.005} />
      <CunRuler derivation={site.derivation} normal={site.normal} />
      {expert && (
        <ExpertAreaRing at={site.position} normal={site.normal} radiusM={expert.shape.radiusCm / 100} />
      )}
    </group>
  );
}
