import { describeProximity } from '../core/nerveProximity';
import { useNerveProximity } from './useNerveProximity';
import { selectNerveSite, useNptStore } from '../state/nptStore';

/**
 * On an acupoint's panel: the nerve exit sites (NPT layer) near it on this body, worded as anatomical proximity with
 * the distance; a click selects the nerve site. Shows nothing when no site is near.
 */
export function NerveSitesNearPoint({ pointId }: { pointId: string }) {
  const proximity = useNerveProximity();
  const data = useNptStore((s) => s.data);
  const links = proximity?.byPoint.get(pointId) ?? [];
  if (links.length === 0) return null;
  const nameOf = (code: string) => data?.sites.find((s) => s.code === code)?.name ?? code;
  return (
    <section aria-label="Nerve exit sites nearby" data-testid="point-nerve-sites">
      <h3>Nerve exit sites nearby (anatomical proximity)</h3>
      <p className="muted">
        Where a superficial nerve reaches the skin close to this point (neural prolotherapy layer). Being
        close does not make them the same thing.
      </p>
      <ul className="npt-links">
        {links.map((l) => (
          <li key={l.siteId}>
            <button
              type="button"
              className="link"
              onClick={() => selectNerveSite(l.siteCode, l.siteId.endsWith('.R') ? 'R' : 'L')}
            >
              {nameOf(l.siteCode)}
            </button>{' '}
            — {describeProximity(l, 'point')}.
          </li>
        ))}
      </ul>
    </section>
  );
}
