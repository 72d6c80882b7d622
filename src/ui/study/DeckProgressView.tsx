import { lazy, Suspense, useMemo } from 'react';
import { askableCodes } from '../../core/study/decks';
import { orderRuns } from '../../core/study/orderQuiz';
import { locateErrorByDay } from '../../core/study/progress';
import { deckProgress } from '../../core/study/schedule';
import { studyNow } from '../../state/study/studyClock';
import { useStudyStore } from '../../state/study/studyStore';

// uPlot loads with the first chart shown
const LocateErrorChart = lazy(() =>
  import('./LocateErrorChart').then((m) => ({ default: m.LocateErrorChart })),
);

const pct = (n: number) => `${Math.round(n * 100)} %`;

/** The chosen deck's progress in the chosen quiz: cards due, retention, and the mean locate error over time. */
export function DeckProgressView() {
  const deck = useStudyStore((s) => s.decks.find((d) => d.id === s.deckId));
  const quiz = useStudyStore((s) => s.quiz);
  const cards = useStudyStore((s) => s.cards);
  const items = useStudyStore((s) => s.items);
  const progress = useMemo(() => {
    if (!deck) return undefined;
    const map = new Map(Object.entries(cards));
    const codes =
      quiz === 'order'
        ? orderRuns(deck.codes, items).map((r) => r.start)
        : askableCodes(quiz, deck.codes, items);
    return { ...deckProgress(codes, quiz, map, studyNow()), days: locateErrorByDay(deck.codes, map) };
  }, [deck, quiz, cards, items]);
  if (!deck || !progress) return null;
  return (
    <section className="study-progress" aria-labelledby="study-progress-heading">
      <h3 id="study-progress-heading">Progress: {deck.title}</h3>
      <dl>
        <dt>Due now</dt>
        <dd data-testid="study-due">
          {progress.due} of {progress.total}
        </dd>
        <dt>Seen</dt>
        <dd data-testid="study-seen">{progress.seen}</dd>
        <dt>Retention</dt>
        <dd data-testid="study-retention">
          {progress.retention === undefined ? 'no answers yet' : `${pct(progress.retention)} right`}
        </dd>
        {quiz === 'locate' && (
          <>
            <dt>Mean locate error</dt>
            <dd data-testid="study-mean-error">
              {progress.meanErrorBcun === undefined ? '–' : `${progress.meanErrorBcun.toFixed(2)} B-cun`}
            </dd>
          </>
        )}
      </dl>
      {quiz === 'locate' && progress.days.length > 0 && (
        <Suspense fallback={<p className="muted">Loading the chart…</p>}>
          <LocateErrorChart days={progress.days} />
        </Suspense>
      )}
    </section>
  );
}
