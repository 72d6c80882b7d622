import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildExport, exportText } from '../../src/core/records/exportFile';
import { openRecordStore } from '../../src/storage';
import { builtInTours } from '../../src/data/tours';
import type { TourFields } from '../../src/schema/records/tour';

const tour: TourFields = (({ id: _, ...t }) => t)(builtInTours[3]);

describe('tours in the device storage', () => {
  it('are kept, exported as a records file, deleted and brought back by an import the user confirms', async () => {
    const store = await openRecordStore({ name: `tours-${crypto.randomUUID()}` });
    const saved = await store.put('tour', { ...tour, title: 'My lecture' });
    expect((await store.list('tour')).map((t) => t.title)).toEqual(['My lecture']);
    const text = exportText(buildExport([saved], { exportedAt: new Date().toISOString() }));
    await store.remove('tour', saved.id);
    expect(await store.list('tour')).toEqual([]);
    const check = await store.planImport(text);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    // the device's deletion is newer than the file: bringing the tour back is a replacement, asked for
    expect(check.plan.changed).toHaveLength(1);
    await store.applyImport(check.plan, { replaceChanged: false });
    expect(await store.list('tour')).toEqual([]);
    await store.applyImport(check.plan, { replaceChanged: true });
    expect((await store.list('tour')).map((t) => [t.title, t.scenes.length])).toEqual([['My lecture', 4]]);
    store.close();
  });
});
