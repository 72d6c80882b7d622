import type { NeuroItem } from '../state/neuroItems';
import { EvidenceBadge } from './EvidenceBadge';
import { NrtProcedure } from './NrtProcedure';
import { SourceRefList } from './SourceRefList';

const SCHOOL = {
  chinese: 'Chinese standard (GB/T 13734-2008)',
  european: 'European school (Nogier)',
  nada: 'NADA protocol',
} as const;

/** The body of the neuro panel: location and notes, the ear point's school and uses, or the NRT procedure. */
export function NeuroItemDetails({ item }: { item: NeuroItem }) {
  if (item.kind === 'key-point') {
    const r = item.record;
    return (
      <>
        <p>{r.location}.</p>
        {r.note && <p className="muted">{r.note}</p>}
      </>
    );
  }
  if (item.kind === 'ear-point') {
    const r = item.record;
    return (
      <>
        <dl className="facts">
          <dt>School</dt>
          <dd>{SCHOOL[r.school]}</dd>
          <dt>Area</dt>
          <dd>
            {r.area} on the {r.region.replace(/_/g, ' ')}
          </dd>
        </dl>
        <p>{r.location}</p>
        {r.note && <p className="muted">{r.note}</p>}
        {r.basis === 'single-secondary-source' && (
          <p className="uncertainty">
            Location rests on a single secondary source (not checked against the standard&apos;s own text).
          </p>
        )}
        {r.uses.map((u) => (
          <div key={u.context} className="use">
            <p>
              {u.text} <EvidenceBadge evidence={u.evidence} />
            </p>
            <SourceRefList refs={u.sources} />
          </div>
        ))}
      </>
    );
  }
  return (
    <>
      <p>{item.record.description}</p>
      <NrtProcedure />
    </>
  );
}
