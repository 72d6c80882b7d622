import { useEffect, useRef } from 'react';
import { nextQuestion } from '../../state/study/studyActions';

/** Goes on to the next question; takes the focus when it appears, so Enter continues a keyboard round. */
export function NextButton({ last }: { last: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <button ref={ref} type="button" className="study-next" onClick={nextQuestion}>
      {last ? 'See the round' : 'Next question'}
    </button>
  );
}
