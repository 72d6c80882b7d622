import { useState } from 'react';
import { deleteClient, openClient, selectOpenClient, useWorkspace } from '../../state/workspace';
import { ClientFlagsSummary } from './ClientFlagsSummary';
import { ClientForm } from './ClientForm';
import { ClientPlans } from './ClientPlans';
import { ClientVisits } from './ClientVisits';
import { ConfirmButton } from './ConfirmButton';

/**
 * One client: label, year of birth, sex and flags (editable), then their sections. Plans come first; the visits,
 * progress and data sections of the visits work go after them, each its own component.
 */
export function ClientView() {
  const client = useWorkspace(selectOpenClient);
  const [editing, setEditing] = useState(false);
  if (!client) return null;
  if (editing) return <ClientForm key={client.id} client={client} onDone={() => setEditing(false)} />;
  return (
    <div className="client-view" data-testid="client-view">
      <button type="button" className="link" onClick={() => void openClient(null)}>
        ← All clients
      </button>
      <h3 className="client-title">
        {client.label}
        <span className="muted small">
          {client.birthYear ? ` · born ${client.birthYear}` : ''}
          {client.sex ? ` · ${client.sex}` : ''}
        </span>
      </h3>
      <p>
        <ClientFlagsSummary client={client} />
      </p>
      {client.note && <p className="muted">{client.note}</p>}
      <p className="form-buttons">
        <button type="button" onClick={() => setEditing(true)}>
          Edit client
        </button>{' '}
        <ConfirmButton
          question={`Delete ${client.label} with their plans and visits?`}
          onConfirm={() => void deleteClient(client.id)}
        >
          Delete client
        </ConfirmButton>
      </p>
      <ClientPlans />
      <ClientVisits />
    </div>
  );
}
