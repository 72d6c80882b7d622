import type { VisitDraft, VisitErrors } from '../../core/visits';
import { AlgometerNormalNote } from './AlgometerNormalNote';

type Row = VisitDraft['readings'][number];
const WHEN = [
  ['before', 'Before'],
  ['after1', '1 min after'],
  ['after15', '15 min after'],
] as const;

/** Algometer readings (kg/cm²) per site of the plan: before, 1 minute and 15 minutes after; empty rows are not kept. */
export function AlgometerTable({
  rows,
  errors,
  onChange,
}: {
  rows: Row[];
  errors: VisitErrors;
  onChange: (rows: Row[]) => void;
}) {
  const set = (i: number, when: (typeof WHEN)[number][0], value: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [when]: value } : r)));
  return (
    <fieldset className="algometer">
      <legend>Pressure-pain threshold (algometer, kg/cm²)</legend>
      <AlgometerNormalNote />
      {rows.length === 0 ? (
        <p className="muted">Choose a plan to measure over its sites.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Site</th>
              {WHEN.map(([k, label]) => (
                <th scope="col" key={k}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.itemId ?? ''}${r.site}`}>
                <th scope="row">{r.site}</th>
                {WHEN.map(([k, label]) => {
                  const error = errors[`readings.${i}.${k}`];
                  return (
                    <td key={k}>
                      <input
                        inputMode="decimal"
                        aria-label={`${r.site}, ${label}, kg/cm²`}
                        aria-invalid={error ? true : undefined}
                        title={error}
                        value={r[k]}
                        onChange={(e) => set(i, k, e.target.value)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {Object.entries(errors)
        .filter(([k]) => k.startsWith('readings.'))
        .slice(0, 1)
        .map(([k, msg]) => (
          <p key={k} className="field-error" role="alert">
            {msg}
          </p>
        ))}
    </fieldset>
  );
}
