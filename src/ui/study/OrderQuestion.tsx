import { useEffect, useRef } from 'react';
import { answerOrder, moveInOrder } from '../../state/study/studyAnswers';
import { answered, useStudyStore } from '../../state/study/studyStore';
import { NextButton } from './NextButton';

/**
 * An order question: a channel's neighbouring points, shuffled, to put in order along the channel's course. Keyboard:
 * Tab to a point, Alt+↑ / Alt+↓ moves it (the focus goes with it); the ↑ ↓ buttons do the same by pointer.
 */
export function OrderQuestion() {
  const round = useStudyStore((s) => s.round);
  const items = useStudyStore((s) => s.items);
  const rows = useRef<(HTMLButtonElement | null)[]>([]);
  const done = answered(round);
  const arrangement = round?.arrangement ?? [];
  useEffect(() => rows.current[0]?.focus(), [round?.index]);
  if (!round) return null;
  const result = round.results[round.index];
  const move = (from: number, to: number) => {
    moveInOrder(from, to);
    requestAnimationFrame(() => rows.current[to]?.focus());
  };
  const nameOf = (code: string) => items.find((i) => i.code === code)?.name ?? '';
  return (
    <div className="study-question">
      <p className="study-prompt">
        Put these points in order along the channel’s course (first point at the top). Alt+↑ and Alt+↓ move
        the focused point.
      </p>
      <ol className="study-order" aria-label="Points in your order">
        {arrangement.map((code, i) => (
          <li key={code}>
            <button
              ref={(el) => void (rows.current[i] = el)}
              type="button"
              className="study-order-item"
              disabled={done}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onKeyDown={(e) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
              }}
            >
              {i + 1}. <strong>{code}</strong> {nameOf(code)}
            </button>{' '}
            <button
              type="button"
              aria-label={`Move ${code} up`}
              disabled={done || i === 0}
              onClick={() => move(i, i - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${code} down`}
              disabled={done || i === arrangement.length - 1}
              onClick={() => move(i, i + 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      {!done ? (
        <button type="button" onClick={() => void answerOrder()}>
          Check the order
        </button>
      ) : (
        result && (
          <>
            <p data-testid="study-order-result" className={result.right ? 'study-right' : 'study-wrong'}>
              {result.right
                ? 'Right: that is their order along the channel.'
                : `Not quite: the order is ${result.expected?.join(', ')}.`}
            </p>
            <NextButton last={round.index + 1 >= round.codes.length} />
          </>
        )
      )}
    </div>
  );
}
