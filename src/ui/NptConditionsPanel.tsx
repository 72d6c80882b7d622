import './npt.css';
import { NPT_LAYER } from '../core/layerIds';
import { selectNerveSite, useNptStore } from '../state/nptStore';
import { useNptData } from './useNptData';
import { useAtlasStore } from '../state/store';
import { NptEvidenceLabel } from './NptEvidenceLabel';
import { NptInlineSources } from './NptInlineSources';

/**
 * The conditions index of the NPT layer (seed 002's list): each condition with the sites the sources associate with
 * it, every link labelled with the evidence behind it; choosing a site selects it and flies there. Shown while the
 * NPT layer is on.
 */
export function NptConditionsPanel() {
  const on = useAtlasStore((s) => s.layerOn[NPT_LAYER] ?? false);
  const data = useNptData();
  const open = useNptStore((s) => s.indexOpen);
  const current = useNptStore((s) => s.condition);
  if (!on || !data) return null;
  const nameOf = (code: string) => data.sites.find((s) => s.code === code)?.name ?? code;
  return (
    <section className="panel npt-index" aria-label="Conditions index" data-testid="npt-conditions">
      <details open={open} onToggle={(e) => useNptStore.setState({ indexOpen: e.currentTarget.open })}>
        <summary>
          <h2>Conditions index (neural prolotherapy)</h2>
        </summary>
        <p className="muted">
          The list of conditions is a clinic&apos;s claim (seed 002). Each site link says what it rests on;
          most are the clinic&apos;s claim, with the sites chosen by region.
        </p>
        {data.conditions.map((c) => (
          <details
            key={c.id}
            className="npt-condition"
            open={current === c.id}
            onToggle={(e) => {
              if (e.currentTarget.open) useNptStore.setState({ condition: c.id });
            }}
            data-testid={`npt-condition-${c.id}`}
          >
            <summary>
              {c.name} <span className="count">{c.sites.length}</span>
            </summary>
            {c.note && <p className="muted">{c.note}</p>}
            <ul className="npt-links">
              {c.sites.map((l) => (
                <li key={l.site}>
                  <button type="button" className="link" onClick={() => selectNerveSite(l.site)}>
                    {nameOf(l.site)}
                  </button>{' '}
                  <NptEvidenceLabel evidence={l.evidence} />
                  {l.note && c.sites.length === 1 && <span className="muted"> {l.note}</span>}
                  <br />
                  <NptInlineSources refs={l.sources} />
                </li>
              ))}
            </ul>
            <p className="muted">
              Listed as treatable by: <NptInlineSources refs={c.listedBy} />
            </p>
          </details>
        ))}
      </details>
    </section>
  );
}
