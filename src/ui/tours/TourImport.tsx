import { cancelImport, checkImport, confirmImport } from '../../state/tours/tourActions';
import { useTourStore } from '../../state/tours/tourStore';

/** Import a tour file: checked first, what would change shown, written only when confirmed. */
export function TourImport() {
  const pending = useTourStore((s) => s.pendingImport);
  return (
    <div className="tour-import">
      <label>
        Import a tour file…{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) await checkImport(await file.text(), file.name);
          }}
        />
      </label>
      {pending && (
        <div role="group" aria-label="Import check" className="import-check">
          <p>“{pending.fileName}” would change this device as follows:</p>
          <ul>
            {pending.plan.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void confirmImport(false)}>
            Import new records only
          </button>{' '}
          {pending.plan.changed.length > 0 && (
            <button type="button" onClick={() => void confirmImport(true)}>
              Import and replace {pending.plan.changed.length} changed
            </button>
          )}{' '}
          <button type="button" onClick={cancelImport}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
