import './visits.css';
import type { RecordStore } from '../../storage/types';
import { Dialog } from '../Dialog';
import { DeleteAllSection } from './DeleteAllSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { PassphraseSection } from './PassphraseSection';

/** "Your data on this device": export, import, passphrase, delete everything. */
export function DataDialog({
  store,
  client,
  onClose,
  onDeleted,
}: {
  store: RecordStore;
  client: { id: string; label: string } | undefined;
  onClose: () => void;
  onDeleted: () => void;
}) {
  return (
    <Dialog title="Your data on this device" onClose={onClose}>
      <div className="data-dialog">
        <ExportSection store={store} client={client} />
        <ImportSection store={store} />
        <PassphraseSection store={store} />
        <DeleteAllSection store={store} onDeleted={onDeleted} />
      </div>
    </Dialog>
  );
}
