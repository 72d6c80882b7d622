import { useEffect, useRef } from 'react';
import type { QuizItem } from '../../core/study/nameChoices';

/**
 * The choices of a question as buttons numbered 1…; the first takes the focus while the question waits (Enter
 * answers with it). After the answer, the right one and a wrong pick are marked.
 */
export function ChoiceList({
  choices,
  answer,
  chosen,
  done,
  onPick,
  showName = true,
}: {
  choices: readonly QuizItem[];
  answer: string;
  chosen?: string;
  done: boolean;
  onPick: (code: string) => void;
  /** Show each choice's name after its code (a level needs none). */
  showName?: boolean;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!done) first.current?.focus();
  }, [answer, done]);
  return (
    <ol className="study-choices" aria-label="Choices">
      {choices.map((c, i) => {
        const mark = done ? (c.code === answer ? 'right' : c.code === chosen ? 'wrong' : '') : '';
        return (
          <li key={c.code}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              className={mark ? `study-choice study-${mark}` : 'study-choice'}
              disabled={done}
              aria-keyshortcuts={String(i + 1)}
              onClick={() => onPick(c.code)}
            >
              <kbd>{i + 1}</kbd> <strong>{c.code}</strong>
              {showName && ` ${c.name}`}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
