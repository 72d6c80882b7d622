import { neuroData } from 'virtual:validated/neuro';
import { neuroItemOf } from '../state/neuroItems';
import { useAtlasStore } from '../state/store';
import { isUserBodyId } from '../state/userBodyIds';
import { EvidenceBadge } from './EvidenceBadge';
import { NeuroItemDetails } from './NeuroItemDetails';
import { SourceRefList } from './SourceRefList';
import { AddToPlanButton } from './workspace/AddToPlanButton';

const TITLES = {
  'key-point': 'ISNCSCI key sensory point',
  'ear-point': 'Auricular point',
  'nrt-back': 'NRT back zone',
  'nrt-ear': 'NRT ear zone',
} as const;

/** The selected dermatome key point, ear point or NRT zone: what it is, its evidence and its sources. */
export function NeuroPanel() {
  const selection = useAtlasStore((s) => s.selection);
  const select = useAtlasStore((s) => s.select);
  const broughtBody = useAtlasStore((s) => isUserBodyId(s.bodyId));
  const item = selection ? neuroItemOf(selection.code) : undefined;
  if (!selection || !item) return null;
  const r = item.record;
  const title =
    item.kind === 'key-point'
      ? `${item.record.level} key sensory point`
      : item.kind === 'ear-point'
        ? `${item.record.code} ${item.record.name}`
        : item.record.name;
  return (
    <section className="panel point-panel neuro-panel" aria-labelledby="neuro-title" data-testid="zone-panel">
      <header>
        <h2 id="neuro-title">{title}</h2>
        <button type="button" className="close" aria-label="Close the panel" onClick={() => select(null)}>
          ×
        </button>
      </header>
      <p className="english">
        {TITLES[item.kind]}
        {selection.side !== 'M' ? ` · ${selection.side === 'L' ? "subject's left" : "subject's right"}` : ''}
      </p>
      {r.evidence === 'schematic' && (
        <p className="schematic-flag" data-testid="schematic-flag">
          <strong>Schematic.</strong> The exact site selection rule is unpublished: this zone is our drawing
          from the sources, not a treatment site.
        </p>
      )}
      {broughtBody && (item.kind === 'ear-point' || item.kind === 'nrt-ear') && (
        <p className="schematic-flag" data-testid="carried-flag">
          <strong>Placed schematically on this body.</strong> A body you brought has no ear map of its own:
          its ear points and zones are carried over from a shipped body&apos;s ear by the warp fitted to your
          landmarks, not found on this ear.
        </p>
      )}
      {item.kind !== 'key-point' && <AddToPlanButton selection={selection} />}
      <NeuroItemDetails item={item} />
      <p>
        <EvidenceBadge evidence={r.evidence} />
      </p>
      <SourceRefList refs={r.sources} />
      {item.kind === 'key-point' && (
        <p className="muted">
          Map drawn: {neuroData.dermatomes.map.title}. {neuroData.dermatomes.map.disagreement}
        </p>
      )}
    </section>
  );
}
