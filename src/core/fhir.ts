import type { ClientFields } from '../schema/records/client';
import type { PlanItem } from '../schema/records/planItem';
import type { VisitFields } from '../schema/records/visit';

/** LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported. */
export const LOINC_PAIN_NRS = {
  system: 'http://loinc.org',
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
const UCUM = 'http://unitsofmeasure.org';
const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

type Json = Record<string, unknown>;
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: Json & { resourceType: string; id: string } }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id as a UUID: itself when it is one, else a stable hash of it shaped as a UUID (version nibble 8). */
export function asUuid(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  let hex = '';
  for (let seed = 0; hex.length < 32; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  const v = `8${hex.slice(13, 16)}`;
  const r = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${r}-${hex.slice(20, 32)}`;
}

const TECHNIQUE_TEXT: Record<PlanItem['technique'], string> = {
  needle: 'Acupuncture (needle)',
  acupressure: 'Acupressure',
  moxibustion: 'Moxibustion',
  'electro-stimulation': 'Electro-stimulation',
  laser: 'Laser stimulation',
  'nrt-implant': 'Neuroreflexotherapy implant (staples/burins)',
  'perineural-injection': 'Perineural injection',
};
const SIDE_TEXT = { L: 'left', R: 'right', both: 'both sides', M: 'midline' } as const;

export interface FhirInput {
  client: { id: string } & Pick<ClientFields, 'label'>;
  visits: ({ id: string } & VisitFields)[];
  /** Names for item codes (`SP6` → `SP6 Sanyinjiao`), for readable Procedure texts. */
  nameOf?: (item: PlanItem) => string;
  now?: string;
}

/**
 * One client's visits as a FHIR R4 Bundle (type collection): a Patient carrying only the pseudonym, a Procedure per
 * plan item of each visit, an Observation per pain rating (LOINC 72514-3, score 0–10) and per algometer reading
 * (pressure-pain threshold, UCUM kg/cm2). References use urn:uuid full URLs.
 */
export function visitsToFhir({ client, visits, nameOf, now }: FhirInput): FhirBundle {
  const entry: FhirBundle['entry'] = [];
  const add = (kind: string, key: string, resource: Json) => {
    const id = asUuid(`${kind}:${key}`);
    entry.push({ fullUrl: `urn:uuid:${id}`, resource: { resourceType: kind, id, ...resource } });
    return `urn:uuid:${id}`;
  };
  const patientId = asUuid(client.id);
  entry.push({
    fullUrl: `urn:uuid:${patientId}`,
    resource: { resourceType: 'Patient', id: patientId, name: [{ use: 'anonymous', text: client.label }] },
  });
  const subject = { reference: `urn:uuid:${patientId}`, display: client.label };
  const sorted = [...visits].sort((a, b) => a.date.localeCompare(b.date));
  for (const v of sorted) {
    const procedures = (v.plan?.items ?? []).map((item) => {
      const name = nameOf?.(item) ?? item.code;
      const site = `${name}, ${SIDE_TEXT[item.side]}`;
      const note = [item.injectate && `Injectate: ${item.injectate}`, item.note].filter(Boolean).join('. ');
      return add('Procedure', `${v.id}:${item.id}`, {
        status: 'completed',
        code: { text: `${TECHNIQUE_TEXT[item.technique]} at ${site}` },
        subject,
        performedDateTime: v.date,
        bodySite: [{ text: site }],
        ...(note ? { note: [{ text: note }] } : {}),
      });
    });
    const partOf = procedures.map((reference) => ({ reference }));
    for (const [when, value] of [
      ['before', v.nrsBefore],
      ['after', v.nrsAfter],
    ] as const) {
      if (value === undefined) continue;
      add('Observation', `${v.id}:nrs-${when}`, {
        status: 'final',
        category: [{ coding: [{ system: OBS_CATEGORY, code: 'survey', display: 'Survey' }] }],
        code: { coding: [LOINC_PAIN_NRS], text: 'Pain, 0-10 numeric rating scale' },
        subject,
        effectiveDateTime: v.date,
        valueQuantity: { value, unit: '{score}', system: UCUM, code: '{score}' },
        note: [{ text: `${when === 'before' ? 'Before' : 'After'} treatment` }],
        ...(when === 'after' && partOf.length > 0 ? { partOf } : {}),
      });
    }
    v.readings.forEach((r, i) => {
      for (const [when, label] of [
        ['before', 'before treatment'],
        ['after1', '1 minute after treatment'],
        ['after15', '15 minutes after treatment'],
      ] as const) {
        const value = r[when];
        if (value === undefined) continue;
        add('Observation', `${v.id}:alg-${i}-${when}`, {
          status: 'final',
          category: [{ coding: [{ system: OBS_CATEGORY, code: 'exam', display: 'Exam' }] }],
          code: { text: 'Pressure pain threshold (algometer)' },
          subject,
          effectiveDateTime: v.date,
          bodySite: { text: r.site },
          valueQuantity: { value, unit: 'kg/cm2', system: UCUM, code: 'kg/cm2' },
          note: [{ text: `Measured ${label}` }],
          ...(when !== 'before' && partOf.length > 0 ? { partOf } : {}),
        });
      }
    });
  }
  return { resourceType: 'Bundle', type: 'collection', timestamp: now ?? new Date().toISOString(), entry };
}
