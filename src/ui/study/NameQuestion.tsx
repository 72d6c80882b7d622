import { useEffect, useRef } from 'react';
import { answerName } from '../../state/study/studyAnswers';
import { answered, currentCode, useStudyStore } from '../../state/study/studyStore';
import { NextButton } from './NextButton';

/**
 * A name question: the point marked on the body (pink), and a few plausible names. Keyboard: Tab and Enter, or the
 * number keys 1–4; then Enter goes on.
 */
export function NameQuestion() {
  const round = useStudyStore((s) => s.round);
  const code = currentCode(round);
  const first = useRef<HTMLButtonElement>(null);
  const done = answered(round);
  useEffect(() => {
    if (!done) first.current?.focus();
  }, [code, done]);
  useEffect(() => {
    if (done || !round) return;
    const onKey = (e: KeyboardEvent) => {
      const n = Number(e.key);
      const choice = Number.isInteger(n) && n >= 1 ? round.choices[n - 1] : undefined;
      if (!choice || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      e.preventDefault();
      void answerName(choice.code);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [done, round]);
  if (!round || !code) return null;
  const result = round.results[round.index];
  return (
    <div className="study-question">
      <p className="study-prompt">Which point is marked in pink on the body?</p>
      <ol className="study-choices" aria-label="Choices">
        {round.choices.map((c, i) => {
          const mark = done ? (c.code === code ? 'right' : c.code === result?.chosen ? 'wrong' : '') : '';
          return (
            <li key={c.code}>
              <button
                ref={i === 0 ? first : undefined}
                type="button"
                className={mark ? `study-choice study-${mark}` : 'study-choice'}
                disabled={done}
                aria-keyshortcuts={String(i + 1)}
                onClick={() => void answerName(c.code)}
              >
                <kbd>{i + 1}</kbd> <strong>{c.code}</strong> {c.name}
              </button>
            </li>
          );
        })}
      </ol>
      {done && result && (
        <>
          <p data-testid="study-name-result" className={result.right ? 'study-right' : 'study-wrong'}>
            {result.right ? `Right: ${code}.` : `Not ${result.chosen}: the marked point is ${code}.`}
          </p>
          <NextButton last={round.index + 1 >= round.codes.length} />
        </>
      )}
    </div>
  );
}
