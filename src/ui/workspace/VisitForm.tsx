import { useState, type FormEvent } from 'react';
import {
  checkVisit,
  copyPlan,
  draftOf,
  siteLabelOf,
  type VisitDraft,
  type VisitErrors,
} from '../../core/visits';
import type { RecordOf, RecordStore } from '../../storage/types';
import { saveVisit, type VisitRecord } from '../../state/workspace/visitsStore';
import { AlgometerTable } from './AlgometerTable';
import { NrsField } from './NrsField';

type PlanRecord = RecordOf<'plan'>;

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Reading rows for a plan's items, keeping what was typed for sites already in the draft. */
function rowsFor(plan: PlanRecord | undefined, keep: VisitDraft['readings']): VisitDraft['readings'] {
  if (!plan) return keep;
  return plan.items.map((item) => {
    const site = siteLabelOf(item);
    return (
      keep.find((r) => r.site === site) ?? { itemId: item.id, site, before: '', after1: '', after15: '' }
    );
  });
}

/**
 * Records a visit (or edits one): date, the plan used, pain before and after (NRS 0–10), algometer readings per site
 * of the plan, notes. A new visit stores a copy of the plan as it is now; an edited visit keeps the copy it had.
 */
export function VisitForm({
  store,
  clientId,
  plans,
  editing,
  onDone,
}: {
  store: RecordStore;
  clientId: string;
  plans: PlanRecord[];
  editing: VisitRecord | null;
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<VisitDraft>(() => {
    const d = draftOf(editing, todayIso());
    if (editing) {
      const rows = (editing.plan?.items ?? []).map((item) => siteLabelOf(item));
      const extra = rows.filter((site) => !d.readings.some((r) => r.site === site));
      return {
        ...d,
        readings: [...d.readings, ...extra.map((site) => ({ site, before: '', after1: '', after15: '' }))],
      };
    }
    const plan = plans.at(-1);
    return { ...d, planId: plan?.id ?? null, readings: rowsFor(plan, []) };
  });
  const [errors, setErrors] = useState<VisitErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const plan = plans.find((p) => p.id === draft.planId);
    const copy = editing ? editing.plan : plan ? copyPlan(plan) : undefined;
    const check = checkVisit(draft, clientId, copy);
    if (!check.ok) return setErrors(check.errors);
    setErrors({});
    setSaving(true);
    const failure = await saveVisit(store, check.fields, editing ?? undefined);
    setSaving(false);
    if (failure) setErrors({ form: failure });
    else onDone();
  };

  return (
    <form
      className="visit-form"
      onSubmit={submit}
      noValidate
      aria-label={editing ? 'Edit visit' : 'Record a visit'}
    >
      <div className="row">
        <label>
          Date{' '}
          <input
            type="date"
            value={draft.date}
            aria-invalid={errors.date ? true : undefined}
            onChange={(e) => set({ date: e.target.value })}
          />
        </label>
        {errors.date && <span className="field-error">{errors.date}</span>}
        <label>
          Plan used{' '}
          {editing ? (
            <output>{editing.plan ? `${editing.plan.title} (as it was then)` : 'none'}</output>
          ) : (
            <select
              value={draft.planId ?? ''}
              onChange={(e) => {
                const plan = plans.find((p) => p.id === e.target.value);
                set({ planId: plan?.id ?? null, readings: rowsFor(plan, draft.readings) });
              }}
            >
              <option value="">none</option>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          )}
        </label>
      </div>
      <div className="row">
        <NrsField
          label="Pain before (NRS 0–10)"
          value={draft.nrsBefore}
          error={errors.nrsBefore}
          onChange={(v) => set({ nrsBefore: v })}
        />
        <NrsField
          label="Pain after (NRS 0–10)"
          value={draft.nrsAfter}
          error={errors.nrsAfter}
          onChange={(v) => set({ nrsAfter: v })}
        />
      </div>
      <AlgometerTable rows={draft.readings} errors={errors} onChange={(readings) => set({ readings })} />
      <label className="notes">
        Notes
        <textarea
          value={draft.notes}
          rows={3}
          maxLength={8000}
          onChange={(e) => set({ notes: e.target.value })}
        />
      </label>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      {Object.keys(errors).length > 0 && !errors.form && (
        <p className="field-error" role="alert">
          Nothing was saved: fix the marked fields.
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={saving}>
          {editing ? 'Save changes' : 'Save visit'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
