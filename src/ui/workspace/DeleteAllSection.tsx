import { useState } from 'react';
import type { RecordStore } from '../../storage/types';
import { messageOf } from '../../state/workspace/dataTransfer';

interface Counts {
  clients: number;
  plans: number;
  visits: number;
  bodies: number;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** "Delete all my data": first says exactly what goes (counts, passphrase, settings), then deletes on confirmation. */
export function DeleteAllSection({ store, onDeleted }: { store: RecordStore; onDeleted: () => void }) {
  const [counts, setCounts] = useState<Counts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ask = async () => {
    setError(null);
    try {
      const [clients, plans, visits, bodies] = await Promise.all([
        store.list('client'),
        store.list('plan'),
        store.list('visit'),
        store.list('bodyProfile'),
      ]);
      setCounts({
        clients: clients.length,
        plans: plans.length,
        visits: visits.length,
        bodies: bodies.length,
      });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const confirm = async () => {
    try {
      await store.deleteEverything();
      setCounts(null);
      onDeleted();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section aria-labelledby="delete-heading" className="danger-zone">
      <h3 id="delete-heading">Delete all my data</h3>
      {counts ? (
        <div role="alertdialog" aria-label="Confirm deleting all data">
          <p>
            This deletes from this device {plural(counts.clients, 'client')}, {plural(counts.plans, 'plan')}{' '}
            and {plural(counts.visits, 'visit')},{' '}
            {counts.bodies > 0
              ? `${plural(counts.bodies, 'own body', 'own bodies')} with their mesh files, `
              : ''}
            every deletion record, {store.encrypted() ? 'the passphrase, ' : ''}
            and the workspace’s settings. It cannot be undone; an export you saved is not touched.
          </p>
          <div className="row">
            <button type="button" className="danger" onClick={() => void confirm()}>
              Delete everything
            </button>
            <button type="button" onClick={() => setCounts(null)}>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => void ask()}>
          Delete all my data…
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
