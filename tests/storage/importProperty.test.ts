import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImport, type DeviceView } from '../../src/core/records/importPlan';
import { readRecord } from '../../src/core/records/kinds';
import { exportText, StorageError, type ImportCheck } from '../../src/storage';
import { RecordsDb, type RecordRow } from '../../src/storage/db';
import { clientFields, dumpRows, freshName, openStore, planFields, visitFields } from './fixtures';

/*
 * 10,000 generated and mutated import files. Each starts from a valid export of a seeded device and gets one to
 * three mutations (fields dropped, duplicated, retyped or replaced by random JSON, huge strings, wrong versions),
 * or is replaced by random JSON or random text, and may be truncated. 9,800 go through the pure planner against the
 * device's records; 200 go through the store itself (planImport, and applyImport when accepted) with a dump of the
 * raw rows compared after every rejection. No run may throw, and no rejection may come from the planner's safety net.
 */

const HUGE = 'x'.repeat(200_000);
const op = fc.record({
  type: fc.constantFrom('delete', 'set', 'retype', 'duplicate', 'huge', 'version', 'edit'),
  path: fc.array(fc.nat(), { maxLength: 6 }),
  value: fc.jsonValue({ maxDepth: 2 }),
  version: fc.constantFrom(0, 2, 99, -1, 1.5, '1', null),
});
const fileArb = fc.record({
  ops: fc.array(op, { minLength: 1, maxLength: 3 }),
  // One file in eight is replaced by random JSON or text; one in six is truncated.
  whole: fc.oneof(
    { weight: 7, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 200 })) },
  ),
  truncateAt: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
});

type Json = unknown;
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Walks from the root along `path` (each number picks a child), returning the parent and the key reached. */
function walk(
  root: Json,
  path: number[],
): { parent: Record<string, Json> | Json[]; key: string | number } | null {
  let parent: Record<string, Json> | Json[] | null = null;
  let key: string | number = '';
  let node = root;
  for (const step of path) {
    if (!node || typeof node !== 'object') break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (!keys.length) break;
    parent = node as Record<string, Json>;
    key = keys[step % keys.length];
    node = (parent as Record<string, Json>)[key];
  }
  return parent ? { parent, key } : null;
}

function retype(v: Json): Json {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.length;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [i, x]));
  if (v && typeof v === 'object') return Object.values(v);
  return 0;
}

function applyOp(root: Record<string, Json>, o: Op) {
  if (o.type === 'edit') {
    // A valid edit (a record's label, title or notes), so that accepted files with changed records occur too.
    const records = (Array.isArray(root.records) ? root.records : []) as Record<string, Json>[];
    const rec = records[(o.path[0] ?? 0) % Math.max(records.length, 1)];
    const field = rec && ['label', 'title', 'notes'].find((k) => typeof rec[k] === 'string');
    if (field) rec[field] = `edited ${o.path.join('.')}`;
    return;
  }
  if (o.type === 'version') {
    const records = (Array.isArray(root.records) ? root.records : []) as Record<string, Json>[];
    const target = o.path[0] !== undefined && records.length ? records[o.path[0] % records.length] : root;
    if (target && typeof target === 'object') target.schemaVersion = o.version;
    return;
  }
  const at = walk(root, o.path);
  if (!at) return;
  const p = at.parent as Record<string | number, Json>;
  const arr = Array.isArray(at.parent) ? at.parent : null;
  if (o.type === 'delete') {
    if (arr) arr.splice(Number(at.key), 1);
    else delete p[at.key];
  } else if (o.type === 'set') p[at.key] = o.value;
  else if (o.type === 'retype') p[at.key] = retype(p[at.key]);
  else if (o.type === 'huge') p[at.key] = HUGE;
  else if (o.type === 'duplicate') {
    const copy = structuredClone(p[at.key]);
    if (arr) arr.push(copy);
    else p[`${String(at.key)}Copy`] = copy;
  }
}

function makeFile(base: string, f: typeof fileArb extends fc.Arbitrary<infer T> ? T : never): string {
  let text: string;
  if (f.whole !== null) text = f.whole;
  else {
    const root = JSON.parse(base) as Record<string, Json>;
    for (const o of f.ops) applyOp(root, o);
    text = JSON.stringify(root);
  }
  return f.truncateAt === null ? text : text.slice(0, f.truncateAt % (text.length + 1));
}

function expectWellFormed(result: ImportCheck) {
  if (result.ok) {
    for (const r of [...result.plan.added, ...result.plan.changed.map((c) => c.incoming)]) {
      expect(readRecord(r).ok).toBe(true);
    }
  } else {
    expect(result.message.length).toBeGreaterThan(0);
    expect(result.message).not.toMatch(/\n/);
    expect(result.message).not.toMatch(/^the file could not be checked/);
  }
}

describe('import property: mutated files never crash and a rejected file changes nothing', () => {
  it('10,000 files (9,800 through the planner, 200 through the store)', async () => {
    const name = freshName();
    const store = await openStore(name);
    try {
      const a = await store.put('client', clientFields('A-17', { birthYear: 1984, sex: 'female' }));
      const b = await store.put('client', clientFields('B-02'));
      await store.put('plan', planFields(a.id));
      await store.put('visit', visitFields(a.id));
      const v = await store.put('visit', visitFields(b.id, '2026-12-02'));
      await store.remove('visit', v.id);
      const base = exportText(await store.exportAll());
      const device: DeviceView = {
        byId: new Map((await store.exportAll()).records.map((r) => [r.id, r])),
        unreadableIds: new Set(),
      };
      let rejected = 0;
      let accepted = 0;
      fc.assert(
        fc.property(fileArb, (f) => {
          const result = checkImport(makeFile(base, f), device);
          expectWellFormed(result);
          if (!result.ok) rejected++;
          else accepted++;
        }),
        { numRuns: 9_800 },
      );
      // Both outcomes occur often: the mutations mostly break files, and some stay valid.
      expect(rejected).toBeGreaterThan(3_000);
      expect(accepted).toBeGreaterThan(300);
      console.log(`planner: ${rejected} rejected, ${accepted} accepted`);

      const db = new RecordsDb(name);
      await db.open();
      const baseline: RecordRow[] = await db.records.toArray();
      const baselineDump = await dumpRows(name);
      let applied = 0;
      await fc.assert(
        fc.asyncProperty(fileArb, async (f) => {
          const result = await store.planImport(makeFile(base, f));
          expectWellFormed(result);
          if (!result.ok) {
            expect(await dumpRows(name)).toBe(baselineDump);
            return;
          }
          try {
            await store.applyImport(result.plan, { replaceChanged: true });
            applied++;
          } catch (e) {
            expect(e).toBeInstanceOf(StorageError);
          }
          await db.transaction('rw', db.records, async () => {
            await db.records.clear();
            await db.records.bulkPut(baseline);
          });
        }),
        { numRuns: 200 },
      );
      db.close();
      expect(applied).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  }, 300_000);
});
