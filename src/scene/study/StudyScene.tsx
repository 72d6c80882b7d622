import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { Vec3 } from '../../core/vec';
import { useAtlasStore } from '../../state/store';
import { answerLocate } from '../../state/study/studyAnswers';
import { expertAreaOf, type ExpertAreaView } from '../../state/study/expertAreaHook';
import { answered, currentCode, useStudyStore } from '../../state/study/studyStore';
import { CunRuler } from '../CunRuler';
import { useSceneStore } from '../sceneStore';
import { useCanvasPointer } from '../useCanvasPointer';
import { ExpertAreaRing } from './ExpertAreaRing';
import { overSkin } from './skinForStudy';
import { StudyDot } from './StudyDot';
import { exposeStudyHooks } from './studyHooks';

const ray = new THREE.Raycaster();
const ndc = new THREE.Vector2();

/**
 * The study quiz in the scene: a click on the skin answers a locate question; the feedback draws the true site
 * (green), the click (red), the cun ruler of the site's derivation and the experts' area where one is published; a
 * name question marks the site it asks about.
 */
export function StudyScene() {
  const { camera, gl, invalidate } = useThree();
  const round = useStudyStore((s) => s.round);
  const sites = useAtlasStore((s) => s.resolved?.sites);
  const [area, setArea] = useState<{ code: string; view?: ExpertAreaView }>();
  useEffect(() => exposeStudyHooks(camera, gl.domElement), [camera, gl]);
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
  const result = round?.results[round.index];
  useEffect(() => {
    if (!result?.answer) return;
    let live = true;
    void expertAreaOf(result.code).then((view) => live && setArea({ code: result.code, view }));
    return () => void (live = false);
  }, [result]);
  useEffect(() => invalidate(), [round, area, invalidate]);
  if (!round || !code) return null;
  if (round.quiz === 'name') {
    const site = sites?.find((s) => s.code === code && s.side !== 'R');
    return site ? <StudyDot at={site.position} colour="#ff3df5" size={0.008} /> : null;
  }
  if (round.quiz !== 'locate' || !result?.answer || !result.click) return null;
  const site = sites?.find((s) => s.id === result.answer!.siteId);
  if (!site) return null;
  const expert = area?.code === code ? area.view : undefined;
  return (
    <group name="study-feedback">
      <StudyDot at={site.position} colour="#19c37d" />
      <StudyDot at={result.click as Vec3} colour="#ff4d4d" size={0.005} />
      <CunRuler derivation={site.derivation} normal={site.normal} />
      {expert?.shape && (
        <ExpertAreaRing at={site.position} normal={site.normal} radiusM={expert.shape.radiusCm / 100} />
      )}
    </group>
  );
}
