import { useStudyStore, answered, currentCode } from '../../state/study/studyStore';
import { LocateFeedback } from './LocateFeedback';
import { NextButton } from './NextButton';

/** A locate question: the item named as the student chose; after the click, how far off it was. */
export function LocateQuestion() {
  const round = useStudyStore((s) => s.round);
  const promptBy = useStudyStore((s) => s.promptBy);
  const item = useStudyStore((s) => s.items.find((i) => i.code === currentCode(s.round)));
  if (!round || !item) return null;
  const result = round.results[round.index];
  const named = promptBy === 'pinyin' ? item.pinyin : promptBy === 'english' ? item.english : item.code;
  return (
    <div className="study-question">
      <p className="study-prompt">
        Where is <strong data-testid="study-prompt">{named}</strong>? Click the skin where you would find it,
        on either side of the body.
      </p>
      {!answered(round) ? (
        <p className="muted">
          This quiz needs a pointer (mouse, pen or touch); the name and order quizzes work from the keyboard.
        </p>
      ) : (
        result?.answer && (
          <>
            <LocateFeedback code={item.code} answer={result.answer} />
            <NextButton last={round.index + 1 >= round.codes.length} />
          </>
        )
      )}
    </div>
  );
}
