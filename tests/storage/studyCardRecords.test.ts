import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newCard, review } from '../../src/core/study/schedule';
import { studyCardId } from '../../src/schema/records/studyCard';
import { clientFields, freshName, openStore } from './fixtures';

const start = new Date('2026-12-01T09:00:00Z');
const answered = () => review(review(newCard('locate', 'ST36', start), 3, start, 0.2), 1, start, 1.4);

describe('study cards in the device storage', () => {
  it('are validated on write: a card with a grade the scheduler does not know is refused', async () => {
    const store = await openStore(freshName());
    const bad = { ...answered(), history: [{ at: start.toISOString(), grade: 5 }] };
    await expect(store.put('studyCard', bad as never)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await store.list('studyCard')).toEqual([]);
    store.close();
  });

  it('go out in the export of everything and come back from it, history and due date intact', async () => {
    const store = await openStore(freshName());
    await store.put('client', clientFields('A'));
    const card = answered();
    const saved = await store.put('studyCard', card, { id: studyCardId('locate', 'ST36') });
    const file = await store.exportAll();
    const inFile = file.records.find((r) => r.kind === 'studyCard');
    expect(inFile).toMatchObject({ id: 'study-locate-ST36', item: 'ST36', quiz: 'locate' });
    store.close();

    const other = await openStore(freshName());
    const check = await other.planImport(JSON.stringify(file));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.plan.summary.join(' ')).toMatch(/2 new/);
    await other.applyImport(check.plan, { replaceChanged: false });
    const back = await other.get('studyCard', saved.id);
    expect(back?.history.map((h) => [h.grade, h.errorBcun])).toEqual([
      [3, 0.2],
      [1, 1.4],
    ]);
    expect(back?.memory.due).toBe(card.memory.due);
    expect(back?.memory.lapses).toBe(1);
    other.close();
  });

  it('are gone after "delete all my data"', async () => {
    const name = freshName();
    const store = await openStore(name);
    await store.put('studyCard', answered(), { id: studyCardId('locate', 'ST36') });
    await store.put('studyCard', newCard('name', 'SP6', start), { id: studyCardId('name', 'SP6') });
    expect(await store.list('studyCard')).toHaveLength(2);
    await store.deleteEverything();
    store.close();
    const reopened = await openStore(name);
    expect(await reopened.list('studyCard')).toEqual([]);
    expect((await reopened.exportAll()).records).toEqual([]);
    reopened.close();
  });

  it('keep a stored card that no longer validates, and report it unreadable instead of dropping it', async () => {
    const name = freshName();
    const store = await openStore(name);
    const saved = await store.put('studyCard', answered(), { id: studyCardId('locate', 'ST36') });
    store.close();
    const { RecordsDb } = await import('../../src/storage/db');
    const db = new RecordsDb(name);
    await db.records.update(saved.id, { body: { ...saved, memory: { due: 'tomorrow' } } });
    db.close();
    const again = await openStore(name);
    expect(await again.list('studyCard')).toEqual([]);
    const lost = await again.unreadable();
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ id: saved.id, kind: 'studyCard' });
    expect(lost[0].reason).toMatch(/memory/);
    again.close();
  });
});
