import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkImport } from '../../../src/core/records/importPlan';
import { issueText } from '../../../src/core/records/kinds';
import { deviceWith, emptyDevice, sampleRecords, sampleText } from './fixtures';

const file = () => JSON.parse(sampleText());
const check = (text: string, device = emptyDevice()) => checkImport(text, device);
const message = (text: string, device = emptyDevice()) => {
  const result = check(text, device);
  return result.ok ? 'accepted' : result.message;
};

describe('import planner: what it refuses, in one line', () => {
  it('accepts a valid file and lists every record as new on an empty device', () => {
    const result = check(sampleText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.added.map((r) => r.id)).toEqual([
      'client-aaaa-1',
      'client-bbbb-2',
      'plan-aaaa-1',
      'plan-gone-01',
      'visit-aaaa-1',
      'visit-bbbb-1',
    ]);
    expect(result.plan.summary[0]).toBe('6 new, 0 changed, 0 unchanged.');
    expect(result.plan.summary[1]).toContain('client “A-17”');
  });

  it('names the file problem', () => {
    expect(message('')).toMatch(/^not a JSON file \(/);
    expect(message('[1,2]')).toBe('not a PointAtlas records file (no "format": "pointatlas-records")');
    expect(message(JSON.stringify({ ...file(), schemaVersion: 2 }))).toBe(
      'written by a newer version of PointAtlas (file version 2; this app reads version 1)',
    );
    expect(message(JSON.stringify({ ...file(), exportedAt: 'yesterday' }))).toMatch(/^file: exportedAt: /);
    expect(message(JSON.stringify({ ...file(), extra: 1 }))).toMatch(/^file: not expected here: extra/);
  });

  it('names the record, its kind, the field path and what is wrong', () => {
    const f = file();
    const planAt = f.records.findIndex(
      (r: { kind: string; items?: unknown }) => r.kind === 'plan' && r.items,
    );
    f.records[planAt].items[1].injectate = ' ';
    expect(message(JSON.stringify(f))).toBe(
      `record ${planAt + 1} (plan): items[1].injectate: a perineural injection names its injectate`,
    );
    const g = file();
    g.records[0].flags.pregnancyWeeks = '20';
    expect(message(JSON.stringify(g))).toBe(
      'record 1 (client): flags.pregnancyWeeks: Invalid input: expected number, received string',
    );
    const h = file();
    h.records[0].kind = 'anatomyNote';
    expect(message(JSON.stringify(h))).toBe(
      'record 1 (anatomyNote): kind: unknown record kind "anatomyNote"',
    );
    const k = file();
    k.records[0].schemaVersion = 5;
    expect(message(JSON.stringify(k))).toBe(
      'record 1 (client): written by a newer version of the app (schemaVersion 5; this one reads up to 1)',
    );
  });

  it('refuses duplicate ids and references that resolve nowhere', () => {
    const f = file();
    f.records.push(f.records[1]);
    expect(message(JSON.stringify(f))).toBe(
      `record ${f.records.length} (client): the id appears twice in the file (also record 2)`,
    );
    const g = file();
    g.records = g.records.filter((r: { id: string }) => r.id !== 'client-aaaa-1');
    expect(message(JSON.stringify(g))).toMatch(
      /^record \d+ \(plan\): clientId: no client client-aaaa-1 in the file or on this device$/,
    );
    // …but the same file is fine when that client is on the device.
    const device = deviceWith(sampleRecords().filter((r) => r.id === 'client-aaaa-1'));
    expect(message(JSON.stringify(g), device)).toBe('accepted');
    // A file that deletes a client while keeping its plan is refused.
    const h = file();
    h.records[0] = {
      kind: 'client',
      schemaVersion: 1,
      deleted: true,
      id: 'client-aaaa-1',
      rev: '2-' + 'cd'.repeat(16),
      updatedAt: h.records[0].updatedAt,
    };
    expect(message(JSON.stringify(h))).toMatch(/\(plan\): clientId: no client client-aaaa-1/);
  });

  it('a one-client file holds only that client’s records', () => {
    const f = { ...file(), clientId: 'client-bbbb-2' };
    f.records = f.records.filter(
      (r: { id: string; clientId?: string }) => r.id === 'client-bbbb-2' || r.clientId === 'client-bbbb-2',
    );
    expect(message(JSON.stringify(f))).toBe('accepted');
    f.clientId = 'client-aaaa-1';
    expect(message(JSON.stringify(f))).toBe(
      'record 1 (client): belongs to another client than the one this file was exported for',
    );
  });
});

describe('import planner: the diff', () => {
  it('tells new, changed (and which side is newer) and unchanged records apart', () => {
    const device = sampleRecords();
    const [a, b] = device;
    const deviceA = {
      ...a,
      rev: '2-' + 'ef'.repeat(16),
      updatedAt: '2026-12-02T00:00:00.000Z',
      label: 'A-17 renamed',
    };
    const deviceB = {
      ...b,
      rev: '1-' + '01'.repeat(16),
      updatedAt: '2026-11-01T00:00:00.000Z',
      label: 'B old',
    };
    const stored = deviceWith([deviceA, deviceB, ...device.slice(2, 4)] as typeof device);
    const result = check(sampleText(), stored);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.added.map((r) => r.id)).toEqual(['plan-gone-01', 'visit-bbbb-1']);
    expect(result.plan.unchanged).toBe(2);
    expect(result.plan.changed.map((c) => [c.stored.id, c.incomingIsNewer])).toEqual([
      ['client-aaaa-1', false],
      ['client-bbbb-2', true],
    ]);
    expect(result.plan.summary).toEqual([
      '2 new, 2 changed, 2 unchanged.',
      'New: deletion of a plan, visit of 2026-12-01.',
      'Changed: client “A-17 renamed” → client “A-17”: the version on this device is newer.',
      'Changed: client “B old” → client “B-02”: the file’s version is newer.',
    ]);
  });

  it('refuses a record whose id is another kind on the device', () => {
    const clash = { ...sampleRecords()[3], id: 'client-aaaa-1' };
    expect(message(sampleText(), deviceWith([clash]))).toBe(
      'record 1 (client): the same id is a visit on this device',
    );
  });
});

describe('the words of a damaged record', () => {
  const schema = z
    .object({ id: z.string().regex(/^[0-9a-f]{8}$/), name: z.string(), n: z.number() })
    .strict();
  const reason = (input: unknown) => {
    const r = schema.safeParse(input);
    if (r.success) throw new Error('parsed');
    return issueText(r.error);
  };

  it('says plainly that a field is missing, not in its form, or not expected', () => {
    expect(reason({ id: '0a1b2c3d', n: 1 })).toBe('name: missing');
    expect(reason({ id: 'not-a-hash', name: 'x', n: 1 })).toBe('id: not in the expected form');
    expect(reason({ id: '0a1b2c3d', name: 'x', n: 1, data: [1] })).toBe('not expected here: data');
    expect(reason({ id: '0a1b2c3d', name: 'x', n: '1' })).toBe(
      'n: Invalid input: expected number, received string',
    );
  });
});
