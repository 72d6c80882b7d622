import { startRound } from '../../state/study/studyActions';
import { useStudyStore, type LevelBy, type PromptBy } from '../../state/study/studyStore';
import type { QuizKind } from '../../schema/records/studyCard';

const QUIZZES: { id: QuizKind; label: string }[] = [
  { id: 'locate', label: 'Locate: click where it is' },
  { id: 'name', label: 'Name: which point is marked' },
  { id: 'order', label: 'Order: along the channel' },
  { id: 'level', label: 'Level: dermatome patches' },
];
const KIND_TITLES: Record<string, string> = {
  region: 'By region',
  channel: 'By channel',
  layer: 'By layer',
  tour: 'A tour’s points',
  plan: 'A plan’s points',
  mixed: 'Mixed',
};

/** The choice of deck, quiz, how items are named and the locate tolerance, and the start of a round. */
export function StudySetup() {
  const decks = useStudyStore((s) => s.decks);
  const deckId = useStudyStore((s) => s.deckId);
  const quiz = useStudyStore((s) => s.quiz);
  const promptBy = useStudyStore((s) => s.promptBy);
  const tolerance = useStudyStore((s) => s.tolerance);
  const levelBy = useStudyStore((s) => s.levelBy);
  const set = useStudyStore.setState;
  const kinds = [...new Set(decks.map((d) => d.kind))];
  return (
    <form
      className="study-setup"
      onSubmit={(e) => {
        e.preventDefault();
        startRound();
      }}
    >
      <label htmlFor="study-deck">Deck</label>{' '}
      <select id="study-deck" value={deckId} onChange={(e) => set({ deckId: e.target.value })}>
        {kinds.map((k) => (
          <optgroup key={k} label={KIND_TITLES[k] ?? k}>
            {decks
              .filter((d) => d.kind === k)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title} ({d.codes.length})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <fieldset>
        <legend>Quiz</legend>
        {QUIZZES.map((q) => (
          <label key={q.id}>
            <input type="radio" name="quiz" checked={quiz === q.id} onChange={() => set({ quiz: q.id })} />{' '}
            {q.label}
          </label>
        ))}
      </fieldset>
      {quiz === 'locate' && (
        <>
          <label>
            Name the point by{' '}
            <select value={promptBy} onChange={(e) => set({ promptBy: e.target.value as PromptBy })}>
              <option value="code">code (ST36)</option>
              <option value="pinyin">pinyin</option>
              <option value="english">English name</option>
            </select>
          </label>
          <label>
            Right within{' '}
            <input
              type="number"
              min={0.1}
              max={5}
              step={0.1}
              value={tolerance}
              onChange={(e) => {
                const v = Number(e.target.value);
                if (Number.isFinite(v) && v > 0) set({ tolerance: v });
              }}
            />{' '}
            B-cun
          </label>
          <p className="muted">
            Locate questions need a pointer (mouse, pen or touch): you answer by clicking the skin.
          </p>
        </>
      )}
      {quiz === 'level' && (
        <label>
          Ask by{' '}
          <select value={levelBy} onChange={(e) => set({ levelBy: e.target.value as LevelBy })}>
            <option value="name">marking a patch: you name its level (keyboard)</option>
            <option value="click">naming a level: you click its patch (pointer)</option>
          </select>
        </label>
      )}
      <button type="submit" disabled={decks.length === 0}>
        Start a round
      </button>
    </form>
  );
}
