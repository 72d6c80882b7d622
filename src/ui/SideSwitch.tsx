import type { PointRecord } from '../schema/point';
import type { Selection } from '../state/atlasTypes';
import { useAtlasStore } from '../state/store';

/** Switches a bilateral point between the subject's left and right, and a multi-site point between its sites. */
export function SideSwitch({ record, selection }: { record: PointRecord; selection: Selection }) {
  const select = useAtlasStore((s) => s.select);
  const sites = record.sites ?? [];
  const site = sites.find((s) => s.key === selection.key);
  const bilateral = (site?.laterality ?? record.laterality) === 'bilateral';
  return (
    <div className="side-switch">
      {bilateral && (
        <div role="group" aria-label="Side">
          {(['L', 'R'] as const).map((side) => (
            <button
              key={side}
              type="button"
              aria-pressed={selection.side === side}
              onClick={() => select({ ...selection, side }, true)}
            >
              {side === 'L' ? 'Left (L)' : 'Right (R)'}
            </button>
          ))}
        </div>
      )}
      {sites.length > 1 && (
        <label>
          Site{' '}
          <select
            value={selection.key}
            onChange={(e) => {
              const next = sites.find((s) => s.key === e.target.value);
              const lat = next?.laterality ?? record.laterality;
              const side = lat === 'midline' ? 'M' : selection.side === 'M' ? 'L' : selection.side;
              select({ code: record.code, key: e.target.value, side }, true);
            }}
          >
            {sites.map((s) => (
              <option key={s.key} value={s.key}>
                {s.key}
              </option>
            ))}
          </select>
        </label>
      )}
      {!bilateral && sites.length <= 1 && <span className="muted">Midline point</span>}
    </div>
  );
}
