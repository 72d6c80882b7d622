import { describeProximity } from '../core/nerveProximity';
import { selectionOfSiteId } from '../state/atlasTypes';
import { useNerveProximity } from './useNerveProximity';
import { pointRecord } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/**
 * The acupoints near a nerve site on this body, nearest first, each with its distance and worded as anatomical
 * proximity (never as the same point); a click selects the acupoint and flies to it.
 */
export function NptNearbyPoints({ siteId }: { siteId: string }) {
  const proximity = useNerveProximity();
  const data = useAtlasStore((s) => s.data);
  const select = useAtlasStore((s) => s.select);
  const links = proximity?.bySite.get(siteId) ?? [];
  return (
    <section aria-label="Acupoints nearby" data-testid="npt-nearby-points">
      <h3>Acupoints nearby (anatomical proximity)</h3>
      {proximity === null && <p className="muted">Measuring on this body…</p>}
      {proximity !== null && links.length === 0 && (
        <p className="muted">No acupoint lies within 15 mm of this site on this body.</p>
      )}
      {links.length > 0 && (
        <>
          <p className="muted">
            Distances on this body. Lying close together does not make a nerve site and an acupoint the same
            thing: they come from different traditions.
          </p>
          <ul className="npt-links">
            {links.map((l) => (
              <li key={l.pointId}>
                <button
                  type="button"
                  className="link"
                  onClick={() => select(selectionOfSiteId(l.pointId), true)}
                >
                  {l.pointCode} {pointRecord(data, l.pointCode)?.pinyin ?? ''}
                </button>{' '}
                — {describeProximity(l, 'site')}
                {l.listed ? '' : '; found by distance alone'}.
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
