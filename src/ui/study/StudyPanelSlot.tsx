import { lazy, Suspense } from 'react';
import { useStudyStore } from '../../state/study/studyStore';

// the study panel, its quizzes and the scheduler load when study mode is first opened
const StudyPanel = lazy(() => import('./StudyPanel').then((m) => ({ default: m.StudyPanel })));

/** Where the study panel goes; its code is fetched the first time it opens, never on the way to the first frame. */
export function StudyPanelSlot() {
  const open = useStudyStore((s) => s.panelOpen);
  return open ? (
    <Suspense fallback={<p className="muted">Loading study mode…</p>}>
      <StudyPanel />
    </Suspense>
  ) : null;
}
