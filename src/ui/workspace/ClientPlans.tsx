import { useState } from 'react';
import { createPlan, deletePlan, openPlan, useWorkspace } from '../../state/workspace';
import { ConfirmButton } from './ConfirmButton';
import { PlanEditor } from './PlanEditor';

/** The open client's plans: open one (its editor follows), start a new one, delete one. */
export function ClientPlans() {
  const plans = useWorkspace((s) => s.plans);
  const planId = useWorkspace((s) => s.planId);
  const [title, setTitle] = useState('');
  return (
    <section aria-labelledby="plans-title" className="client-plans">
      <h3 id="plans-title">Plans ({plans.length})</h3>
      <ul className="plan-list">
        {plans.map((p) => (
          <li key={p.id} className={p.id === planId ? 'open' : undefined}>
            <button
              type="button"
              className="link"
              aria-current={p.id === planId ? 'true' : undefined}
              onClick={() => openPlan(p.id === planId ? null : p.id)}
            >
              {p.title}
            </button>{' '}
            <span className="muted small">
              {p.items.length} item{p.items.length === 1 ? '' : 's'}
            </span>{' '}
            <ConfirmButton
              label={`Delete plan ${p.title}`}
              question={`Delete the plan “${p.title}”?`}
              onConfirm={() => void deletePlan(p.id)}
            >
              Delete
            </ConfirmButton>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void createPlan(title).then((ok) => ok && setTitle(''));
        }}
      >
        <label>
          New plan{' '}
          <input
            type="text"
            maxLength={120}
            placeholder="e.g. Low back pain"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>{' '}
        <button type="submit" disabled={!title.trim()}>
          Create plan
        </button>
      </form>
      {planId && <PlanEditor />}
    </section>
  );
}
