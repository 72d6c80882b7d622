import { useEffect, useState } from 'react';
import { progressSummary } from '../../core/printModel';
import { ALGOMETER_NORMAL } from '../../core/visits';
import { useWorkspace } from '../../state/workspace';
import { messageOf } from '../../state/workspace/dataTransfer';
import type { VisitRecord } from '../../state/workspace/visitsStore';
import { byDate } from '../../core/visits';
import { LazyProgressCharts as ProgressCharts } from './LazyProgressCharts';

const nrs = (n: number | undefined) => (n === undefined ? '–' : String(n));

/** One A4 page per client: their label, the period, pain then and now, the charts and the visits in a table. */
export function ProgressPrint({ clientId }: { clientId: string }) {
  const store = useWorkspace((s) => s.records);
  const client = useWorkspace((s) => s.clients.find((c) => c.id === clientId));
  const [visits, setVisits] = useState<VisitRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!store) return;
    store.list('visit', { clientId }).then(
      (v) => setVisits(byDate(v)),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [store, clientId]);
  if (error) return <p className="print-sheet field-error">{error}</p>;
  if (!client || !visits) return <p className="print-sheet">Loading…</p>;
  const s = progressSummary(visits);
  return (
    <article className="print-sheet progress-print" aria-label={`Progress report ${client.label}`}>
      <header className="print-head">
        <h1>Progress report</h1>
        <p>
          Client <strong>{client.label}</strong> · {s.visits} visit(s)
          {s.first && ` from ${s.first} to ${s.last}`} · printed {new Date().toISOString().slice(0, 10)}
          {s.painFirst !== undefined &&
            ` · pain before treatment ${s.painFirst} at the first rated visit, ${s.painLast} at the last`}
        </p>
      </header>
      <ProgressCharts visits={visits} width={330} height={190} />
      <table className="print-visits">
        <thead>
          <tr>
            <th>Date</th>
            <th>Plan</th>
            <th>Pain before → after</th>
            <th>Algometer (kg/cm², before / 1 min / 15 min)</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <td>{v.date}</td>
              <td>{v.plan?.title ?? '–'}</td>
              <td>
                {nrs(v.nrsBefore)} → {nrs(v.nrsAfter)}
              </td>
              <td>
                {v.readings
                  .map(
                    (r) => `${r.site}: ${[r.before, r.after1, r.after15].map((n) => n ?? '–').join(' / ')}`,
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Pain: numeric rating scale 0–10. Pressure-pain threshold by algometer; {ALGOMETER_NORMAL.min}–
        {ALGOMETER_NORMAL.max} {ALGOMETER_NORMAL.unit} is called normal by a neural prolotherapy clinic’s page
        (seed 002, “{ALGOMETER_NORMAL.source.locator}”), a practitioner’s claim without a reference.
      </p>
    </article>
  );
}
