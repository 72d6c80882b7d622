import './npt.css';
import { NPT_LAYER } from '../core/layerIds';
import { useNptStore } from '../state/nptStore';
import { useNptData } from './useNptData';
import { useAtlasStore } from '../state/store';
import { NptEvidenceLabel } from './NptEvidenceLabel';
import { NptInlineSources } from './NptInlineSources';

/**
 * The technique of neural prolotherapy as the sources describe it: injectate, volumes, sessions, relief durations,
 * the algometer method, Hilton's law and the rest, each with its evidence label and sources. Facts that are claims
 * (onset, rationale, TRPV1) are flagged as unproven. Shown while the NPT layer is on.
 */
export function NptTechniquePanel() {
  const on = useAtlasStore((s) => s.layerOn[NPT_LAYER] ?? false);
  const data = useNptData();
  const open = useNptStore((s) => s.techniqueOpen);
  if (!on || !data) return null;
  return (
    <section className="panel npt-technique" aria-label="Technique" data-testid="npt-technique">
      <details open={open} onToggle={(e) => useNptStore.setState({ techniqueOpen: e.currentTarget.open })}>
        <summary>
          <h2>Technique (neural prolotherapy)</h2>
        </summary>
        <dl className="npt-facts">
          {data.technique.map((f) => (
            <div key={f.id} data-testid={`npt-fact-${f.id}`}>
              <dt>
                {f.title}
                {f.claim && <span className="npt-claim"> Unproven claim</span>}
              </dt>
              <dd>
                <p>{f.text}</p>
                <NptEvidenceLabel evidence={f.evidence} />
                <br />
                <NptInlineSources refs={f.sources} />
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
