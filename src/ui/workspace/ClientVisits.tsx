import './visits.css';
import { useEffect, useState } from 'react';
import { selectOpenClient, useWorkspace } from '../../state/workspace';
import {
  deleteVisit,
  useVisitsStore,
  watchVisits,
  type VisitRecord,
} from '../../state/workspace/visitsStore';
import { LazyProgressCharts as ProgressCharts } from './LazyProgressCharts';
import { VisitForm } from './VisitForm';
import { VisitList } from './VisitList';
import { usePrintView } from './usePrintView';

/**
 * The open client's visits: "Record a visit", the list (edit, delete), the progress charts, and the printed
 * progress report. Reloads when the records change here or in another tab.
 */
export function ClientVisits() {
  const store = useWorkspace((s) => s.records);
  const client = useWorkspace(selectOpenClient);
  const plans = useWorkspace((s) => s.plans);
  const visits = useVisitsStore((s) => (s.clientId === client?.id ? s.visits : null));
  const error = useVisitsStore((s) => s.error);
  const [editing, setEditing] = useState<VisitRecord | 'new' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const print = usePrintView();

  useEffect(() => {
    if (!store || !client) return;
    return watchVisits(store, client.id);
  }, [store, client?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- a new rev of the client is the same client

  if (!store || !client) return null;
  return (
    <section className="client-visits" aria-labelledby="visits-heading">
      <h3 id="visits-heading">Visits</h3>
      {editing ? (
        <VisitForm
          key={editing === 'new' ? 'new' : editing.id}
          store={store}
          clientId={client.id}
          plans={plans}
          editing={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          Record a visit
        </button>
      )}
      {(error || failure) && (
        <p className="field-error" role="alert">
          {failure ?? error}
        </p>
      )}
      {visits && (
        <VisitList
          visits={visits}
          onEdit={(v) => setEditing(v)}
          onDelete={(v) => void deleteVisit(store, v).then(setFailure)}
        />
      )}
      <h3>Progress</h3>
      {visits && <ProgressCharts visits={visits} />}
      <button type="button" onClick={() => print({ kind: 'progress', clientId: client.id })}>
        Print progress report
      </button>
    </section>
  );
}
