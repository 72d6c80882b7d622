import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '../../../src/core/records/canonical';
import { isNewer, nextRev, revGeneration } from '../../../src/core/records/rev';
import { KINDS, readRecord, type KindSpec } from '../../../src/core/records/kinds';
import { EnvelopeSchema } from '../../../src/schema/records/envelope';
import { sampleRecords } from './fixtures';

describe('revs', () => {
  it('count generations and hash the parent and the content', async () => {
    const first = await nextRev(undefined, { a: 1, b: 2 });
    expect(first).toMatch(/^1-[0-9a-f]{32}$/);
    expect(await nextRev(undefined, { b: 2, a: 1 })).toBe(first); // key order does not matter
    expect(await nextRev(undefined, { a: 1, b: 3 })).not.toBe(first);
    const second = await nextRev(first, { a: 1, b: 3 });
    expect(revGeneration(second)).toBe(2);
    expect(await nextRev('7-00ff00ff00ff', { a: 1, b: 3 })).not.toBe(
      await nextRev('7-00ff00ff00fe', { a: 1, b: 3 }),
    );
    expect(EnvelopeSchema.shape.rev.safeParse(second).success).toBe(true);
  });

  it('call the later updatedAt newer, the higher generation on a tie', () => {
    const at = (rev: string, updatedAt: string) => ({ rev, updatedAt });
    expect(isNewer(at('1-aa', '2026-12-02T00:00:00Z'), at('5-bb', '2026-12-01T00:00:00Z'))).toBe(true);
    expect(isNewer(at('2-aa', '2026-12-01T00:00:00Z'), at('3-bb', '2026-12-01T00:00:00Z'))).toBe(false);
    expect(isNewer(at('4-aa', '2026-12-01T00:00:00Z'), at('3-bb', '2026-12-01T00:00:00Z'))).toBe(true);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined values', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: undefined, x: 2 }], c: 0 } })).toBe(
      '{"a":{"c":0,"d":[{"x":2,"z":1}]},"b":1}',
    );
  });
});

describe('reading and upgrading records', () => {
  it('reads every kind of the registry and tombstones', () => {
    for (const rec of sampleRecords()) expect(readRecord(rec)).toEqual({ ok: true, record: rec });
    expect(Object.keys(KINDS).sort()).toEqual([
      'bodyProfile',
      'client',
      'plan',
      'studyCard',
      'tour',
      'visit',
    ]);
    const tour = {
      kind: 'tour',
      schemaVersion: 1,
      title: 'Lecture',
      description: '',
      scenes: [
        {
          id: 's1',
          body: 'female',
          view: 'back',
          layers: ['points'],
          hidden: [],
          highlights: ['BL23.L'],
          callouts: [],
          caption: '',
          sources: [],
        },
      ],
      id: 'tour-aaaa-01',
      rev: '1-0123456789abcdef',
      updatedAt: '2026-12-06T10:00:00.000Z',
    };
    expect(readRecord(tour)).toEqual({ ok: true, record: tour });
    expect(readRecord({ ...tour, scenes: [] }).ok).toBe(false);
    const profile = {
      kind: 'bodyProfile',
      schemaVersion: 1,
      name: 'Scan',
      mesh: { file: 'scan.glb', bytes: 1234, sha256: 'ab'.repeat(32) },
      orientation: { up: [2, 1], front: [1, -1], scale: 0.001 },
      reference: 'male',
      placed: { umbilicus: [0, 1, 0.1] },
      landmarks: { umbilicus: [0, 1, 0.1], 'tragus.L': [0.07, 1.5, 0] },
      id: 'prof-aaaa-01',
      rev: '1-0123456789abcdef',
      updatedAt: '2026-12-06T10:00:00.000Z',
    };
    expect(readRecord(profile)).toEqual({ ok: true, record: profile });
    expect(readRecord({ ...profile, orientation: { up: [1, 1], front: [1, -1], scale: 1 } }).ok).toBe(false);
    expect(readRecord({ ...profile, landmarks: { umbilicus: [0, 1] } }).ok).toBe(false);
    const card = {
      kind: 'studyCard',
      schemaVersion: 1,
      quiz: 'locate',
      item: 'ST36',
      memory: {
        due: '2026-12-09T10:00:00.000Z',
        stability: 3.2,
        difficulty: 5.3,
        elapsedDays: 0,
        scheduledDays: 3,
        reps: 1,
        lapses: 0,
        state: 2,
        lastReview: '2026-12-06T10:00:00.000Z',
      },
      history: [{ at: '2026-12-06T10:00:00.000Z', grade: 3, errorBcun: 0.3 }],
      id: 'study-locate-ST36',
      rev: '1-0123456789abcdef',
      updatedAt: '2026-12-06T10:00:00.000Z',
    };
    expect(readRecord(card)).toEqual({ ok: true, record: card });
    expect(readRecord({ ...card, history: [{ at: 'today', grade: 3 }] }).ok).toBe(false);
  });

  // A kind at version 2 whose step from 1 splits `name` into `given` + `family`: a real change of shape.
  const personV2 = z
    .object({
      kind: z.literal('person'),
      schemaVersion: z.literal(2),
      given: z.string(),
      family: z.string(),
      ...EnvelopeSchema.shape,
    })
    .strict();
  const person: KindSpec = {
    record: personV2,
    fields: personV2,
    version: 2,
    upgrades: {
      1: ({ name, ...rest }) => {
        const [given, ...family] = String(name).split(' ');
        return { ...rest, given, family: family.join(' ') };
      },
    },
  };
  const env = { id: 'person-0001', rev: '1-0123456789abcdef', updatedAt: '2026-12-01T00:00:00.000Z' };

  it('upgrades an older record step by step, keeping what its fields meant', () => {
    const read = readRecord(
      { kind: 'person', schemaVersion: 1, name: 'Ada King Lovelace', ...env },
      { person },
    );
    expect(read).toEqual({
      ok: true,
      record: { kind: 'person', schemaVersion: 2, given: 'Ada', family: 'King Lovelace', ...env },
    });
  });

  it('refuses newer versions, missing steps and steps that fail, with a reason', () => {
    const kinds = { person };
    expect(readRecord({ kind: 'person', schemaVersion: 3, ...env }, kinds)).toEqual({
      ok: false,
      reason: 'written by a newer version of the app (schemaVersion 3; this one reads up to 2)',
    });
    expect(
      readRecord({ kind: 'person', schemaVersion: 1, ...env }, { person: { ...person, upgrades: {} } }),
    ).toEqual({
      ok: false,
      reason: 'schemaVersion 1 cannot be upgraded (no step from 1 to 2)',
    });
    const throwing = {
      ...person,
      upgrades: {
        1: () => {
          throw new Error('name missing');
        },
      },
    };
    expect(readRecord({ kind: 'person', schemaVersion: 1, ...env }, { person: throwing })).toEqual({
      ok: false,
      reason: 'schemaVersion 1 could not be upgraded: name missing',
    });
    expect(readRecord({ kind: 'person', schemaVersion: 0, ...env }, kinds)).toMatchObject({ ok: false });
    expect(readRecord(null)).toEqual({ ok: false, reason: 'not a record (expected an object)' });
    expect(readRecord({ kind: 'pet' })).toEqual({ ok: false, reason: 'kind: unknown record kind "pet"' });
  });
});
