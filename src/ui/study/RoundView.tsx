import { endRound } from '../../state/study/studyActions';
import { useStudyStore } from '../../state/study/studyStore';
import { LevelQuestion } from './LevelQuestion';
import { LocateQuestion } from './LocateQuestion';
import { NameQuestion } from './NameQuestion';
import { OrderQuestion } from './OrderQuestion';
import { RoundSummary } from './RoundSummary';

/** The round being asked: its place, the current question, or the summary after the last one. */
export function RoundView() {
  const round = useStudyStore((s) => s.round);
  if (!round) return null;
  const done = round.index >= round.codes.length;
  return (
    <div className="study-round" data-quiz={round.quiz}>
      <p className="muted">
        {done ? 'Round done' : `Question ${round.index + 1} of ${round.codes.length}`}{' '}
        <button type="button" className="link" onClick={endRound}>
          End the round
        </button>
      </p>
      {done ? (
        <RoundSummary />
      ) : round.quiz === 'locate' ? (
        <LocateQuestion />
      ) : round.quiz === 'name' ? (
        <NameQuestion />
      ) : round.quiz === 'level' ? (
        <LevelQuestion />
      ) : (
        <OrderQuestion />
      )}
    </div>
  );
}
