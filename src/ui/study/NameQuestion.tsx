import { useMemo } from 'react';
import { answerName } from '../../state/study/studyAnswers';
import { answered, currentCode, useStudyStore } from '../../state/study/studyStore';
import { ChoiceList } from './ChoiceList';
import { NextButton } from './NextButton';
import { useNumberKeys } from './useNumberKeys';

const pick = (code: string) => void answerName(code);

/**
 * A name question: the point marked on the body (pink), and a few plausible names. Keyboard: Tab and Enter, or the
 * number keys 1–4; then Enter goes on.
 */
export function NameQuestion() {
  const round = useStudyStore((s) => s.round);
  const code = currentCode(round);
  const done = answered(round);
  const choices = useMemo(() => round?.choices.map((c) => c.code) ?? [], [round?.choices]);
  useNumberKeys(choices, !done && !!round, pick);
  if (!round || !code) return null;
  const result = round.results[round.index];
  return (
    <div className="study-question">
      <p className="study-prompt">Which point is marked in pink on the body?</p>
      <ChoiceList choices={round.choices} answer={code} chosen={result?.chosen} done={done} onPick={pick} />
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
