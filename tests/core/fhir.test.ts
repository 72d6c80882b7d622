import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asUuid, visitsToFhir } from '../../src/core/fhir';
import type { VisitFields } from '../../src/schema/records/visit';

// The parts of the R4 resource definitions the export uses (required elements, cardinalities, value sets).
const Ref = z.object({
  reference: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
  display: z.string().optional(),
});
const Concept = z.object({
  coding: z.array(z.object({ system: z.url(), code: z.string(), display: z.string().optional() })).optional(),
  text: z.string().optional(),
});
const Quantity = z.object({
  value: z.number(),
  unit: z.string(),
  system: z.literal('http://unitsofmeasure.org'),
  code: z.string(),
});
const FhirId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
const Patient = z
  .object({
    resourceType: z.literal('Patient'),
    id: FhirId,
    name: z.array(
      z.object({
        use: z.enum(['usual', 'official', 'temp', 'nickname', 'anonymous', 'old', 'maiden']),
        text: z.string(),
      }),
    ),
  })
  .strict();
const Procedure = z
  .object({
    resourceType: z.literal('Procedure'),
    id: FhirId,
    status: z.enum([
      'preparation',
      'in-progress',
      'not-done',
      'on-hold',
      'stopped',
      'completed',
      'entered-in-error',
      'unknown',
    ]),
    code: Concept,
    subject: Ref,
    performedDateTime: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?/),
    bodySite: z.array(Concept).optional(),
    note: z.array(z.object({ text: z.string() })).optional(),
  })
  .strict();
const Observation = z
  .object({
    resourceType: z.literal('Observation'),
    id: FhirId,
    status: z.enum([
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ]),
    category: z.array(Concept).optional(),
    code: Concept,
    subject: Ref,
    effectiveDateTime: z.string(),
    bodySite: Concept.optional(),
    valueQuantity: Quantity,
    note: z.array(z.object({ text: z.string() })).optional(),
    partOf: z.array(Ref).optional(),
  })
  .strict();
const Bundle = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: z.iso.datetime(),
  entry: z.array(
    z.object({
      fullUrl: z.string(),
      resource: z.discriminatedUnion('resourceType', [Patient, Procedure, Observation]),
    }),
  ),
});

const visit = (id: string, date: string, before: number, after: number): { id: string } & VisitFields => ({
  id,
  kind: 'visit',
  schemaVersion: 1,
  clientId: 'c1',
  date,
  nrsBefore: before,
  nrsAfter: after,
  notes: 'private note',
  plan: {
    planId: 'p1',
    title: 'Low back',
    acknowledgements: [],
    items: [
      { id: 'a', layer: 'channel-point', code: 'BL23', side: 'both', technique: 'needle', note: '' },
      {
        id: 'b',
        layer: 'nerve-site',
        code: 'NPT-SCN',
        side: 'L',
        technique: 'perineural-injection',
        injectate: '5% dextrose',
        note: '',
      },
    ],
  },
  readings: [{ itemId: 'b', site: 'NPT-SCN L', before: 2.1, after1: 2.9, after15: 3.4 }],
});

describe('FHIR R4 export of a client’s visits', () => {
  const bundle = visitsToFhir({
    client: { id: 'c1', label: 'Client A-17' },
    visits: [visit('v2', '2026-12-13', 5, 3), visit('v1', '2026-12-06', 7, 4)],
    now: '2026-12-06T05:00:00.000Z',
  });
  const of = (t: string) => bundle.entry.filter((e) => e.resource.resourceType === t).map((e) => e.resource);

  it('has the R4 shapes, and every reference resolves inside the bundle', () => {
    expect(() => Bundle.parse(bundle)).not.toThrow();
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    const refs = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(urls.has(r.slice(13, -1))).toBe(true);
    expect(new Set(bundle.entry.map((e) => e.resource.id)).size).toBe(bundle.entry.length);
  });
  it('has one Patient with the pseudonym only, and leaves the notes out', () => {
    expect(of('Patient')).toEqual([
      expect.objectContaining({ name: [{ use: 'anonymous', text: 'Client A-17' }] }),
    ]);
    expect(JSON.stringify(bundle)).not.toContain('private note');
  });
  it('has a Procedure per item per visit, in date order', () => {
    const p = of('Procedure') as unknown as { performedDateTime: string; code: { text: string } }[];
    expect(p.map((x) => x.performedDateTime)).toEqual([
      '2026-12-06',
      '2026-12-06',
      '2026-12-13',
      '2026-12-13',
    ]);
    expect(p[1]!.code.text).toMatch(/Perineural injection at NPT-SCN, left/);
  });
  it('codes pain with LOINC 72514-3 and algometer readings in UCUM kg/cm2', () => {
    const obs = of('Observation') as unknown as {
      code: { coding?: { code: string }[] };
      valueQuantity: { value: number; code: string };
    }[];
    const pain = obs.filter((o) => o.code.coding?.[0]?.code === '72514-3');
    expect(pain.map((o) => o.valueQuantity.value)).toEqual([7, 4, 5, 3]);
    const alg = obs.filter((o) => o.valueQuantity.code === 'kg/cm2');
    expect(alg.map((o) => o.valueQuantity.value)).toEqual([2.1, 2.9, 3.4, 2.1, 2.9, 3.4]);
  });
  it('turns any id into a stable UUID and keeps UUIDs', () => {
    expect(asUuid('c1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(asUuid('c1')).toBe(asUuid('c1'));
    expect(asUuid('c1')).not.toBe(asUuid('c2'));
    const u = '0b9f2c1e-3f4a-4c2b-9d1e-2a3b4c5d6e7f';
    expect(asUuid(u)).toBe(u);
  });
});
