import { useState } from 'react';
import type { ImportPlan } from '../../storage/types';

/** What an import would do (new, changed, unchanged records) and the confirmation it needs before anything is written. */
export function ImportConfirm({
  file,
  plan,
  onConfirm,
  onCancel,
}: {
  file: string;
  plan: ImportPlan;
  onConfirm: (replaceChanged: boolean) => void;
  onCancel: () => void;
}) {
  const [replace, setReplace] = useState(
    plan.changed.length > 0 && plan.changed.every((c) => c.incomingIsNewer),
  );
  const newer = plan.changed.filter((c) => c.incomingIsNewer).length;
  const nothing = plan.added.length === 0 && plan.changed.length === 0;
  const bodies = [...plan.added, ...plan.changed.map((c) => c.incoming)].some(
    (r) => r.kind === 'bodyProfile' && !('deleted' in r),
  );
  return (
    <div className="import-confirm" role="group" aria-label="Confirm the import">
      <p>
        <strong>{file}</strong>: {plan.added.length} new, {plan.changed.length} changed ({newer} newer in the
        file), {plan.unchanged} unchanged.
      </p>
      {plan.summary.length > 0 && (
        <ul className="import-summary">
          {plan.summary.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {bodies && (
        <p className="muted">
          A body profile holds the body’s landmarks, not its mesh file: if this device does not have the file,
          the body switch asks for it.
        </p>
      )}
      {plan.changed.length > 0 && (
        <label>
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Replace
          the {plan.changed.length} changed record(s) on this device with the file’s version
        </label>
      )}
      <div className="row">
        <button type="button" disabled={nothing} onClick={() => onConfirm(replace)}>
          {nothing ? 'Nothing to import' : 'Import'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
