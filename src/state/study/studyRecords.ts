import { studyCardId } from '../../schema/records/studyCard';
import type { StudyCard } from '../../core/study/schedule';
import type { RecordOf, RecordStore } from '../../storage/types';

/** A study card as kept on the device: its fields and the envelope (id, rev, updatedAt). */
export type StoredCard = RecordOf<'studyCard'>;

/** How study cards reach the device storage: one RecordStore, opened when first needed (tests hand in their own). */
type Opener = () => Promise<RecordStore>;

const deviceStorage: Opener = () => import('../../storage').then((m) => m.openRecordStore());
let opener: Opener = deviceStorage;
let opened: Promise<RecordStore> | null = null;

export function setStudyRecordsOpener(next: Opener): void {
  opener = next;
  opened = null;
}

/** The RecordStore study cards are kept in (the same storage layer as the practitioner's records and tours). */
export function studyRecords(): Promise<RecordStore> {
  opened ??= opener().catch((e) => {
    opened = null;
    throw e;
  });
  return opened;
}

/**
 * Every readable study card on the device, by card id. Cards that cannot be read stay stored as they are (the
 * storage layer never drops them); `problem` says how many.
 */
export async function readCards(): Promise<{ cards: Record<string, StoredCard>; problem?: string }> {
  const store = await studyRecords();
  const list = await store.list('studyCard');
  const cards = Object.fromEntries(list.map((c) => [studyCardId(c.quiz, c.item), c]));
  const lost = (await store.unreadable()).filter((u) => u.kind === 'studyCard');
  if (lost.length === 0) return { cards };
  const n = lost.length;
  return {
    cards,
    problem: `${n} study card${n === 1 ? '' : 's'} on this device could not be read (${lost[0].reason}); kept as ${n === 1 ? 'it is' : 'they are'}`,
  };
}

/** Writes a card: a stored one as an edit of its rev (a change in another tab is a conflict), a new one by its id. */
export async function saveCard(card: StudyCard | StoredCard): Promise<StoredCard> {
  const store = await studyRecords();
  return 'rev' in card
    ? store.put('studyCard', card)
    : store.put('studyCard', card, { id: studyCardId(card.quiz, card.item) });
}
