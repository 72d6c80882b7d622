import { useState } from 'react';
import { disconnect, openWorkspace, selectOpenClient, useWorkspace } from '../../state/workspace';
import { DataDialog } from './DataDialog';

/** "Your data": opens the dialog to export, import, set a passphrase or delete everything on this device. */
export function DataButton() {
  const [open, setOpen] = useState(false);
  const store = useWorkspace((s) => s.records);
  const client = useWorkspace(selectOpenClient);
  const status = useWorkspace((s) => s.status);
  if (!store || status !== 'ready') return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Your data…
      </button>
      {open && (
        <DataDialog
          store={store}
          client={client}
          onClose={() => setOpen(false)}
          onDeleted={() => {
            // start again from an empty device: the open client and plan are gone
            setOpen(false);
            disconnect();
            void openWorkspace().then(() =>
              useWorkspace.setState({ message: 'Every record on this device was deleted.' }),
            );
          }}
        />
      )}
    </>
  );
}
