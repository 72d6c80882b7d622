import { useMemo } from 'react';
import { answerLevel } from '../../state/study/studyAnswers';
import { answered, currentCode, useStudyStore } from '../../state/study/studyStore';
import { ChoiceList } from './ChoiceList';
import { NextButton } from './NextButton';
import { useNumberKeys } from './useNumberKeys';

const pick = (code: string) => void answerLevel(code);

/**
 * A level question. Named: a dermatome patch is marked on the body (pink) and the student names its level from the
 * neighbouring ones (keyboard: Tab and Enter, or the number keys). Clicked: the atlas names a level and the student
 * clicks its skin; the feedback then marks the level's patch (green) and, when wrong, the one clicked (red).
 */
export function LevelQuestion() {
  const round = useStudyStore((s) => s.round);
  const code = currentCode(round);
  const done = answered(round);
  const byName = round?.levelBy !== 'click';
  const choices = useMemo(() => round?.choices.map((c) => c.code) ?? [], [round?.choices]);
  useNumberKeys(choices, byName && !done && !!round, pick);
  if (!round || !code) return null;
  const result = round.results[round.index];
  return (
    <div className="study-question">
      {byName ? (
        <>
          <p className="study-prompt">Which dermatome level is the patch marked in pink on the body?</p>
          <ChoiceList
            choices={round.choices}
            answer={code}
            chosen={result?.chosen}
            done={done}
            onPick={pick}
            showName={false}
          />
        </>
      ) : (
        <>
          <p className="study-prompt">
            Click the skin of the <strong data-testid="study-prompt">{code}</strong> dermatome, on either side
            of the body.
          </p>
          {!done && (
            <p className="muted">
              This way of asking needs a pointer; “name the marked patch” works from the keyboard. The face
              has no level on this map.
            </p>
          )}
        </>
      )}
      {done && result && (
        <>
          <p data-testid="study-level-result" className={result.right ? 'study-right' : 'study-wrong'}>
            {result.right
              ? `Right: ${code}.`
              : byName
                ? `Not ${result.chosen}: the marked patch is ${code}.`
                : `That was ${result.chosen}. The ${code} dermatome is marked in green, your click in red.`}
          </p>
          <NextButton last={round.index + 1 >= round.codes.length} />
        </>
      )}
    </div>
  );
}
