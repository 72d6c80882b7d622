import { useMemo } from 'react';
import { planPrintModel } from '../../core/printModel';
import { itemInfo } from '../../core/planItemInfo';
import { useAtlasStore } from '../../state/store';
import { selectOpenClient, useWorkspace } from '../../state/workspace';
import { useItemLookups } from './useItemLookups';
import { usePlanWarnings } from './usePlanWarnings';
import { BodyFigures } from './BodyFigures';
import { PrintCitations } from './PrintCitations';
import { citeSource } from './sourceTitle';

const today = () => new Date().toISOString().slice(0, 10);
const refs = (ns: number[]) => (ns.length ? ` [${ns.join(', ')}]` : '');

/** The printed plan: client, date, the body front and back with the items marked, the items, warnings, citations. */
export function PlanPrint({ planId }: { planId: string }) {
  const plan = useWorkspace((s) => s.plans.find((p) => p.id === planId));
  const client = useWorkspace(selectOpenClient);
  const warnings = usePlanWarnings(plan);
  const lookups = useItemLookups();
  const sources = useAtlasStore((s) => s.data?.sources);
  const model = useMemo(
    () =>
      plan &&
      planPrintModel({
        clientLabel: client?.label ?? '',
        title: plan.title,
        date: today(),
        items: plan.items,
        warnings,
        factsOf: (item) => itemInfo(item, lookups),
        titleOf: (id) =>
          citeSource(
            sources?.find((s) => s.id === id),
            id,
          ),
      }),
    [plan, client, warnings, lookups, sources],
  );
  if (!plan || !model) return <p className="print-sheet">This plan is no longer on the device.</p>;
  return (
    <article className="print-sheet plan-print" aria-label={`Printed plan ${model.heading}`}>
      <header className="print-head">
        <h1>{model.heading}</h1>
        <p>
          Client <strong>{model.clientLabel}</strong> · printed {model.date} · {model.rows.length} item(s)
        </p>
      </header>
      <BodyFigures items={plan.items} />
      <table className="print-items">
        <thead>
          <tr>
            <th>#</th>
            <th>Code</th>
            <th>Names</th>
            <th>Side</th>
            <th>Technique</th>
            <th>Location</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.itemId}>
              <td>{r.n}</td>
              <td>{r.code}</td>
              <td>{r.names}</td>
              <td>{r.side}</td>
              <td>{r.technique}</td>
              <td>
                {r.location}
                {refs(r.cites)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="print-warnings">
        <h2>Safety warnings ({model.warnings.length})</h2>
        {model.warnings.length === 0 && <p>None computed for this client and these items.</p>}
        {model.warnings.map((w, i) => (
          <div key={i} className={`print-warning print-warning--${w.severity}`}>
            <p>
              <strong>
                {w.severity === 'contraindication' ? 'Contraindication' : 'Caution'}: {w.title}
              </strong>{' '}
              ({w.items.join(', ')}). {w.why}
              {refs(w.cites)} <em>Evidence: {w.evidence}.</em>
            </p>
            {w.details.length > 0 && <p className="muted">{w.details.join(' ')}</p>}
            {w.acknowledged && <p>Acknowledged: {w.acknowledged}</p>}
          </div>
        ))}
      </section>
      <PrintCitations citations={model.citations} />
    </article>
  );
}
