import { useState } from 'react';
import { openClient, useWorkspace } from '../../state/workspace';
import { ClientFlagsSummary } from './ClientFlagsSummary';
import { ClientForm } from './ClientForm';

/** Every client on this device by label, each opening their record; and the way to add one. */
export function ClientList() {
  const clients = useWorkspace((s) => s.clients);
  const [adding, setAdding] = useState(false);
  if (adding)
    return (
      <ClientForm
        onDone={(id) => {
          setAdding(false);
          if (id) void openClient(id);
        }}
      />
    );
  return (
    <section aria-labelledby="clients-title">
      <h3 id="clients-title">Clients ({clients.length})</h3>
      {clients.length === 0 && <p className="muted">No client yet.</p>}
      <ul className="client-list">
        {clients.map((c) => (
          <li key={c.id}>
            <button type="button" className="link" onClick={() => void openClient(c.id)}>
              {c.label}
            </button>{' '}
            <ClientFlagsSummary client={c} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setAdding(true)}>
        New client
      </button>
    </section>
  );
}
