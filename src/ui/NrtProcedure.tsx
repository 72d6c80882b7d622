import { neuroData } from 'virtual:validated/neuro';
import { EvidenceBadge } from './EvidenceBadge';
import { sourceRecord } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/** The NRT procedure in our own words: each statement with its evidence level and sources with locators. */
export function NrtProcedure() {
  const data = useAtlasStore((s) => s.data);
  const open = useAtlasStore((s) => s.setOpenSource);
  return (
    <section aria-label="The NRT procedure" className="nrt-procedure" data-testid="nrt-procedure">
      <h3>The procedure and its evidence</h3>
      <dl>
        {neuroData.nrt.procedure.map((c) => (
          <div key={c.id} className="claim">
            <dt>{c.title}</dt>
            <dd>
              <p>{c.text}</p>
              <p className="claim-meta">
                <EvidenceBadge evidence={c.evidence} />{' '}
                {c.sources.map((r, i) => (
                  <button
                    key={`${r.id}${i}`}
                    type="button"
                    className="link"
                    title={r.locator}
                    onClick={() => open({ id: r.id, locator: r.locator })}
                  >
                    {sourceRecord(data, r.id)?.authors?.[0]?.split(' ')[0] ?? r.id}
                    {sourceRecord(data, r.id)?.year ? ` ${sourceRecord(data, r.id)?.year}` : ''} — {r.locator}
                  </button>
                ))}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
