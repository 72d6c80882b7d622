import './npt.css';
import { NPT_REGION_LABELS } from '../core/nptSearch';
import { siteIdOf } from '../state/atlasTypes';
import { isNerveSite } from '../state/nptLayer';
import { isNptCode, selectNerveSite } from '../state/nptStore';
import { useNptData } from './useNptData';
import { selectedSite } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { NptEvidenceLabel } from './NptEvidenceLabel';
import { NptNearbyPoints } from './NptNearbyPoints';
import { NptSiteConditions } from './NptSiteConditions';
import { SourceRefList } from './SourceRefList';
import { AddToPlanButton } from './workspace/AddToPlanButton';

const SIDE_TEXT = { L: "subject's left", R: "subject's right", M: 'midline' } as const;
const DEPTH_TEXT = {
  subcutaneous: 'subcutaneous (through the deep fascia, under the skin)',
  deep: 'deep (under the fascia or a muscle)',
} as const;

/**
 * The selected nerve exit site (NPT layer): nerve and parent nerve, region, side, depth, where the nerve surfaces,
 * its evidence status and label, cautions, how it is found on this body, conditions, nearby acupoints and sources.
 */
export function NerveSitePanel() {
  const selection = useAtlasStore((s) => s.selection);
  const site = useAtlasStore((s) => selectedSite(s.resolved, s.selection));
  const select = useAtlasStore((s) => s.select);
  const data = useNptData();
  if (!selection || !isNptCode(selection.code)) return null;
  const record = data?.sites.find((s) => s.code === selection.code);
  if (!record) return data ? null : <p className="panel muted">Loading the nerve site…</p>;
  const resolved = site && isNerveSite(site) ? site : undefined;
  const id = siteIdOf(selection);
  return (
    <section className="panel point-panel npt-panel" aria-labelledby="npt-title" data-testid="npt-site-panel">
      <header>
        <h2 id="npt-title">
          {record.name} <span className="code npt-code">{record.code}</span>
        </h2>
        <button
          type="button"
          className="close"
          aria-label="Close the site panel"
          onClick={() => select(null)}
        >
          ×
        </button>
      </header>
      <p className="english">Nerve exit site · neural prolotherapy (perineural injection therapy)</p>
      <dl className="facts">
        <dt>Nerve</dt>
        <dd>{record.nerve}</dd>
        <dt>Branch of</dt>
        <dd>{record.parentNerve}</dd>
        <dt>Region</dt>
        <dd>{NPT_REGION_LABELS[record.region]}</dd>
        <dt>Side</dt>
        <dd>{SIDE_TEXT[selection.side]}</dd>
        <dt>Depth</dt>
        <dd>{DEPTH_TEXT[record.depth]}</dd>
      </dl>
      <div className="side-switch">
        <div role="group" aria-label="Side">
          {(['L', 'R'] as const).map((side) => (
            <button
              key={side}
              type="button"
              aria-pressed={selection.side === side}
              onClick={() => selectNerveSite(record.code, side)}
            >
              {side === 'L' ? 'Left (L)' : 'Right (R)'}
            </button>
          ))}
        </div>
      </div>
      <AddToPlanButton selection={selection} />
      <section aria-label="Evidence" className="npt-evidence-box">
        <h3>Evidence</h3>
        <NptEvidenceLabel evidence={record.evidence} status={record.status} />
        {record.evidenceNote && <p className="muted">{record.evidenceNote}</p>}
      </section>
      {record.caution && (
        <section className="cautions" aria-label="Cautions">
          <h3>
            <span aria-hidden="true">⚠ </span>Caution
          </h3>
          <p>{record.caution}</p>
        </section>
      )}
      <section aria-label="Where the nerve surfaces">
        <h3>Where the nerve surfaces</h3>
        <p>{record.exit}</p>
        <p className="muted">The line on the body: the nerve {record.course.text}.</p>
      </section>
      {resolved && resolved.derivation.steps.length > 0 && (
        <section aria-label="How it is found on this body">
          <h3>How it is found on this body</h3>
          <ol className="steps" data-testid="derivation-steps">
            {resolved.derivation.steps.map((s, i) => (
              <li key={i}>{s.text}</li>
            ))}
          </ol>
        </section>
      )}
      <NptSiteConditions code={record.code} />
      <NptNearbyPoints siteId={id} />
      <SourceRefList refs={record.sources} />
    </section>
  );
}
