import { endRound, startRound } from '../../state/study/studyActions';
import { useStudyStore } from '../../state/study/studyStore';

/** The end of a round: each question's result (with the locate error), and the way to another round. */
export function RoundSummary() {
  const round = useStudyStore((s) => s.round);
  if (!round) return null;
  const right = round.results.filter((r) => r.right).length;
  return (
    <div className="study-summary">
      <p data-testid="study-summary">
        {right} of {round.results.length} right.
      </p>
      <ul>
        {round.results.map((r) => (
          <li key={r.code} data-testid="study-summary-row" data-code={r.code}>
            <strong>{r.code}</strong>: {r.right ? 'right' : 'not right'}
            {r.answer && ` (${r.answer.score.bcun.toFixed(2)} B-cun, ${Math.round(r.answer.score.mm)} mm)`}
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          onClick={() => {
            endRound();
            startRound();
          }}
        >
          Another round
        </button>{' '}
        <button type="button" onClick={endRound}>
          Back to the decks
        </button>
      </p>
    </div>
  );
}
