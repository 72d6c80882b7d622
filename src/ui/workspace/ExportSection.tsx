import { useState } from 'react';
import type { RecordStore } from '../../storage/types';
import { exportFhir, exportRecords, messageOf, type OutFile } from '../../state/workspace/dataTransfer';
import { saveTextFile } from '../saveTextFile';

/** Export buttons: everything, the open client, the open client's visits as FHIR R4. */
export function ExportSection({
  store,
  client,
}: {
  store: RecordStore;
  client: { id: string; label: string } | undefined;
}) {
  const [error, setError] = useState<string | null>(null);
  const run = (make: () => Promise<OutFile>) => async () => {
    setError(null);
    try {
      const file = await make();
      saveTextFile(file.text, file.name, file.type);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <p className="muted">A file you keep: records leave this device only this way.</p>
      <div className="row">
        <button type="button" onClick={run(() => exportRecords(store))}>
          Export everything (JSON)
        </button>
        {client && (
          <>
            <button type="button" onClick={run(() => exportRecords(store, client))}>
              Export {client.label} (JSON)
            </button>
            <button type="button" onClick={run(() => exportFhir(store, client))}>
              Export {client.label}’s visits (FHIR R4)
            </button>
          </>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
