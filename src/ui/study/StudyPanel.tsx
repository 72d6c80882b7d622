import { useEffect } from 'react';
import { openStudy, refreshDecks } from '../../state/study/studyActions';
import { useStudyStore } from '../../state/study/studyStore';
import { useAtlasStore } from '../../state/store';
import { DeckProgressView } from './DeckProgressView';
import { RoundView } from './RoundView';
import { StudySetup } from './StudySetup';
import './study.css';

/** The study panel: choose a deck and a quiz, see the deck's progress; or the round being asked. */
export function StudyPanel() {
  const inRound = useStudyStore((s) => !!s.round);
  const message = useStudyStore((s) => s.message);
  const status = useStudyStore((s) => s.status);
  const data = useAtlasStore((s) => s.data);
  const resolved = useAtlasStore((s) => s.resolved);
  useEffect(() => {
    if (data) refreshDecks();
  }, [data, resolved]);
  return (
    <section className="panel study-panel" aria-labelledby="study-heading">
      <header className="panel-head">
        <h2 id="study-heading">Study</h2>
        <button
          type="button"
          className="close"
          aria-label="Close study"
          onClick={() => void openStudy(false)}
        >
          ×
        </button>
      </header>
      {message && (
        <p className="warning" role="alert">
          {message}
        </p>
      )}
      {status === 'loading' && <p className="muted">Reading your progress…</p>}
      {inRound ? (
        <RoundView />
      ) : (
        <>
          <StudySetup />
          <DeckProgressView />
        </>
      )}
    </section>
  );
}
