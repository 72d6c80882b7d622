import { useState } from 'react';
import { renameOpenPlan, type PlanRecord } from '../../state/workspace';

/** The plan's title, renamed in place. */
export function PlanTitle({ plan }: { plan: PlanRecord }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(plan.title);
  if (!editing)
    return (
      <h3 className="plan-title">
        {plan.title}{' '}
        <button
          type="button"
          className="link small"
          onClick={() => {
            setTitle(plan.title);
            setEditing(true);
          }}
        >
          Rename
        </button>
      </h3>
    );
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void renameOpenPlan(title, plan.id).then((ok) => ok && setEditing(false));
      }}
    >
      <label>
        Plan title{' '}
        <input
          type="text"
          maxLength={120}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          autoFocus
        />
      </label>{' '}
      <button type="submit" disabled={!title.trim()}>
        Save
      </button>{' '}
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}
