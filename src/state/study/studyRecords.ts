import { studyCardId } from '../../schema/records/studyCard';
import type { StudyCard } from '../../core/study/schedule';
import type { RecordOf } from '../../storage/types';
import { deviceRecords } from '../deviceRecords';

/** A study card as kept on the device: its fields and the envelope (id, rev, updatedAt). */
export type StoredCard = RecordOf<'studyCard'>;

/**
 * Every readable study card on the device, by card id. Cards that cannot be read stay stored as they are (the
 * storage layer never drops them); `problem` says how many.
 */
export async function readCards(): Promise<{ cards: Record<string, StoredCard>; problem?: string }> {
  const store = await deviceRecords();
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
  const store = await deviceRecords();
  return 'rev' in card
    ? store.put('studyCard', card)
    : store.put('studyCard', card, { id: studyCardId(card.quiz, card.item) });
}
