import { useState } from 'react';
import type { VisitRecord } from '../../state/workspace/visitsStore';

const nrs = (n: number | undefined) => (n === undefined ? '–' : String(n));

/** The client's visits, newest first, each with its pain ratings and readings, and Edit / Delete. */
export function VisitList({
  visits,
  onEdit,
  onDelete,
}: {
  visits: VisitRecord[];
  onEdit: (v: VisitRecord) => void;
  onDelete: (v: VisitRecord) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (visits.length === 0) return <p className="muted">No visits recorded yet.</p>;
  return (
    <ol className="visit-list" reversed aria-label="Visits">
      {[...visits].reverse().map((v) => (
        <li key={v.id} data-visit-date={v.date}>
          <div className="visit-head">
            <strong>{v.date}</strong>
            <span>{v.plan ? v.plan.title : 'no plan'}</span>
            <span>
              pain {nrs(v.nrsBefore)} → {nrs(v.nrsAfter)}
            </span>
            {v.readings.length > 0 && <span>{v.readings.length} algometer site(s)</span>}
          </div>
          {v.readings.length > 0 && (
            <p className="visit-readings">
              {v.readings
                .map(
                  (r) =>
                    `${r.site}: ${[r.before, r.after1, r.after15].map((n) => (n === undefined ? '–' : n)).join(' / ')}`,
                )
                .join('; ')}{' '}
              kg/cm² (before / 1 min / 15 min)
            </p>
          )}
          {v.notes && <p className="visit-notes">{v.notes}</p>}
          <div className="row">
            <button type="button" onClick={() => onEdit(v)}>
              Edit
            </button>
            {confirming === v.id ? (
              <>
                <span role="alert">Delete the visit of {v.date}?</span>
                <button type="button" onClick={() => (setConfirming(null), onDelete(v))}>
                  Delete it
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(v.id)}>
                Delete
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
