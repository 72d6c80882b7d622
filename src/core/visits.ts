import type { SourceRef } from '../schema/common';
import type { PlanCopy, PlanFields } from '../schema/records/plan';
import type { PlanItem } from '../schema/records/planItem';
import { VisitFieldsSchema, type AlgometerReading, type VisitFields } from '../schema/records/visit';

/**
 * Seed 002's reference range for the algometer's pressure-pain threshold: the clinic's own figure (3–4 kg/cm²
 * "normal"), given without a reference, so it is shown as a practitioner claim with its source.
 */
export const ALGOMETER_NORMAL = {
  min: 3,
  max: 4,
  unit: 'kg/cm²',
  evidence: 'practitioner-claim',
  source: { id: 'clinic-npt', locator: 'Can I measure my pain progress?' } satisfies SourceRef,
} as const;

/** The frozen copy of a plan kept in a visit: deep-copied, so editing the plan later cannot reach into it. */
export function copyPlan(
  plan: { id: string } & Pick<PlanFields, 'title' | 'items' | 'acknowledgements'>,
): PlanCopy {
  return structuredClone({
    planId: plan.id,
    title: plan.title,
    items: plan.items,
    acknowledgements: plan.acknowledgements,
  });
}

const SIDE_WORD = { L: 'L', R: 'R', both: 'both', M: '' } as const;

/** What a plan item's site is called in the visit form and charts: `BL40 both`, `NPT-SCN L`, `GV4`. */
export const siteLabelOf = (item: PlanItem): string =>
  [item.code + (item.siteKey ? `:${item.siteKey}` : ''), SIDE_WORD[item.side]].filter(Boolean).join(' ');

/** The visit form as typed: every number still text, so a half-typed value is kept until the user fixes it. */
export interface VisitDraft {
  date: string;
  planId: string | null;
  nrsBefore: string;
  nrsAfter: string;
  readings: { itemId?: string; site: string; before: string; after1: string; after15: string }[];
  notes: string;
}

/** An empty draft for today, or the draft of a stored visit being edited. */
export function draftOf(visit: VisitFields | null, today: string): VisitDraft {
  const num = (n: number | undefined) => (n === undefined ? '' : String(n));
  if (!visit) return { date: today, planId: null, nrsBefore: '', nrsAfter: '', readings: [], notes: '' };
  return {
    date: visit.date,
    planId: visit.plan?.planId ?? null,
    nrsBefore: num(visit.nrsBefore),
    nrsAfter: num(visit.nrsAfter),
    readings: visit.readings.map((r) => ({
      ...(r.itemId ? { itemId: r.itemId } : {}),
      site: r.site,
      before: num(r.before),
      after1: num(r.after1),
      after15: num(r.after15),
    })),
    notes: visit.notes,
  };
}

export type VisitErrors = Partial<Record<string, string>>;
export type VisitCheck = { ok: true; fields: VisitFields } | { ok: false; errors: VisitErrors };

/** A typed number: undefined when empty, NaN when not a number (comma decimals accepted). */
function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/**
 * Checks a draft and builds the visit's fields, or says what is wrong field by field (keys: `date`, `nrsBefore`,
 * `nrsAfter`, `readings.<i>.<when>`, `notes`). `plan` is the copy of the plan used, when one was chosen.
 */
export function checkVisit(draft: VisitDraft, clientId: string, plan: PlanCopy | undefined): VisitCheck {
  const errors: VisitErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(Date.parse(`${draft.date}T00:00:00Z`)))
    errors.date = 'Give the date of the visit.';
  const nrs = (key: 'nrsBefore' | 'nrsAfter') => {
    const n = parseNumber(draft[key]);
    if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 10))
      errors[key] = 'Pain is rated 0 to 10, in whole numbers.';
    return n;
  };
  const nrsBefore = nrs('nrsBefore');
  const nrsAfter = nrs('nrsAfter');
  const readings: AlgometerReading[] = [];
  draft.readings.forEach((r, i) => {
    const values: Partial<Record<'before' | 'after1' | 'after15', number>> = {};
    for (const when of ['before', 'after1', 'after15'] as const) {
      const n = parseNumber(r[when]);
      if (n === undefined) continue;
      if (Number.isNaN(n) || n < 0 || n > 30)
        errors[`readings.${i}.${when}`] = 'An algometer reading is 0 to 30 kg/cm².';
      else values[when] = n;
    }
    if (Object.keys(values).length > 0)
      readings.push({ ...(r.itemId ? { itemId: r.itemId } : {}), site: r.site, ...values });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = VisitFieldsSchema.safeParse({
    kind: 'visit',
    schemaVersion: 1,
    clientId,
    date: draft.date,
    ...(plan ? { plan } : {}),
    ...(nrsBefore !== undefined ? { nrsBefore } : {}),
    ...(nrsAfter !== undefined ? { nrsAfter } : {}),
    readings,
    notes: draft.notes,
  });
  if (!parsed.success)
    return { ok: false, errors: { form: parsed.error.issues.map((i) => i.message).join('; ') } };
  return { ok: true, fields: parsed.data };
}

/** Visits in date order, oldest first (ties by the order given, so same-day visits keep their recording order). */
export const byDate = <V extends { date: string }>(visits: readonly V[]): V[] =>
  [...visits].sort((a, b) => a.date.localeCompare(b.date));
