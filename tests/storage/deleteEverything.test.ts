import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clientFields, freshName, openStore, visitFields } from './fixtures';

/** A minimal localStorage (Node has none), so the test can see what is left in it. */
function installLocalStorage() {
  const data = new Map<string, string>();
  const storage = {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  return data;
}

describe('delete all my data', () => {
  it('removes the database and every pointatlas. key; nothing of it is left', async () => {
    const ls = installLocalStorage();
    try {
      const name = freshName();
      const store = await openStore(name);
      const c = await store.put('client', clientFields('A'));
      await store.put('visit', visitFields(c.id));
      await store.setPassphrase('to be forgotten');
      ls.set('pointatlas.layers', '["points"]');
      ls.set('pointatlas.workspace.lastClient', c.id);
      ls.set('other-app.setting', 'kept');
      expect((await indexedDB.databases()).map((d) => d.name)).toContain(name);

      const otherTab = await openStore(name);
      await otherTab.unlock('to be forgotten');
      expect(await otherTab.list('visit')).toHaveLength(1);
      let heard = 0;
      store.subscribe(() => heard++);
      const otherHeard = new Promise<void>((resolve) => otherTab.subscribe(resolve));
      await store.deleteEverything();
      store.close();
      await otherHeard;
      expect(otherTab.encrypted()).toBe(false);
      otherTab.close(); // before looking: a tab still open would start again from an empty database

      expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
      expect([...ls.keys()]).toEqual(['other-app.setting']);
      expect(heard).toBe(1);

      const reopened = await openStore(name);
      expect(reopened.encrypted()).toBe(false);
      expect(await reopened.list('client')).toEqual([]);
      expect((await reopened.exportAll()).records).toEqual([]);
      reopened.close();
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
