import { useStudyStore } from '../../state/study/studyStore';

/** The toolbar's way to study mode: quizzes and spaced repetition (their code loads on first use). */
export function StudyButton() {
  const open = useStudyStore((s) => s.panelOpen);
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => void import('../../state/study/studyActions').then((m) => m.openStudy(!open))}
    >
      Study
    </button>
  );
}
