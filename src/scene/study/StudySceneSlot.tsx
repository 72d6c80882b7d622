import { lazy, Suspense } from 'react';
import { useStudyStore } from '../../state/study/studyStore';

// the quiz's picking and feedback in the canvas load with study mode, not with the atlas
const StudyScene = lazy(() => import('./StudyScene').then((m) => ({ default: m.StudyScene })));

/** The study quiz in the canvas while study mode is open. */
export function StudySceneSlot() {
  const open = useStudyStore((s) => s.panelOpen);
  return open ? (
    <Suspense fallback={null}>
      <StudyScene />
    </Suspense>
  ) : null;
}
