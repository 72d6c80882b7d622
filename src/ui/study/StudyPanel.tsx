import { useEffect } from 'react';
import { openStudy, refreshDecks } from '../../state/study/studyActions';
import { useStudyStore } from '../../state/study/studyStore';
import { useAtlasStore } from '../../state/store';
import { ModePanel } from '../ModePanel';
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
    <ModePanel
      id="study"
      title="Study"
      closeLabel="Close study"
      onClose={() => void openStudy(false)}
      message={message}
    >
      {status === 'loading' && <p className="muted">Reading your progress…</p>}
      {inRound ? (
        <RoundView />
      ) : (
        <>
          <StudySetup />
          <DeckProgressView />
        </>
      )}
    </ModePanel>
  );
}
