import { closeWorkspace, useWorkspace } from '../../state/workspace';
import { ClientList } from './ClientList';
import { ClientView } from './ClientView';
import { DataButton } from './DataButton';
import { UnlockForm } from './UnlockForm';
import { WorkspaceNotices } from './WorkspaceNotices';

/**
 * The practitioner's workspace: clients, their plans and (from the visits work) visits, progress and the data on this
 * device. Everything stays on the device. When the device keeps no records the panel says so and the atlas works on.
 */
export function WorkspacePanel() {
  const open = useWorkspace((s) => s.open);
  const status = useWorkspace((s) => s.status);
  const clientId = useWorkspace((s) => s.clientId);
  if (!open) return null;
  return (
    <section
      className="panel workspace-panel"
      aria-labelledby="workspace-title"
      data-testid="workspace-panel"
    >
      <header>
        <h2 id="workspace-title">Workspace</h2>
        <button type="button" className="close" aria-label="Close the workspace" onClick={closeWorkspace}>
          ×
        </button>
      </header>
      <p className="muted small">Records are kept on this device only, never sent anywhere.</p>
      <DataButton />
      <WorkspaceNotices />
      {status === 'opening' && <p className="muted">Opening the records on this device…</p>}
      {status === 'locked' && <UnlockForm />}
      {status === 'ready' && (clientId ? <ClientView /> : <ClientList />)}
    </section>
  );
}
