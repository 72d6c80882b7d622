import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clientFields, freshName, openStore, failure } from './fixtures';

/** Resolves when `n` notifications have arrived. */
function notifications(subscribe: (l: () => void) => () => void, n: number) {
  let seen = 0;
  return new Promise<void>((resolve) => {
    const off = subscribe(() => {
      if (++seen >= n) {
        off();
        resolve();
      }
    });
  });
}

describe('two tabs on one database', () => {
  it('each sees the other’s writes through subscribe, and a stale write is refused, not lost', async () => {
    const name = freshName();
    const tab1 = await openStore(name);
    const tab2 = await openStore(name);
    try {
      const heardIn2 = notifications((l) => tab2.subscribe(l), 1);
      const a = await tab1.put('client', clientFields('A'));
      await heardIn2;
      const seenBy2 = await tab2.get('client', a.id);
      expect(seenBy2?.label).toBe('A');

      // Both tabs edit from the same rev: the second write is refused, the first one is kept.
      const heardIn1 = notifications((l) => tab1.subscribe(l), 1);
      await tab2.put('client', clientFields('A edited in tab 2'), { id: a.id, baseRev: seenBy2!.rev });
      await heardIn1;
      const err = await failure(
        tab1.put('client', clientFields('A edited in tab 1'), { id: a.id, baseRev: a.rev }),
      );
      expect(err).toMatchObject({ kind: 'conflict' });
      expect((await tab1.get('client', a.id))?.label).toBe('A edited in tab 2');

      // Writes racing from both tabs without baseRev on different records: all of them are kept.
      await Promise.all([
        ...[1, 2, 3].map((i) => tab1.put('client', clientFields(`t1-${i}`))),
        ...[1, 2, 3].map((i) => tab2.put('client', clientFields(`t2-${i}`))),
      ]);
      expect((await tab2.list('client')).length).toBe(7);
    } finally {
      tab1.close();
      tab2.close();
    }
  });
});
