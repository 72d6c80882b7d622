import { useCallback } from 'react';
import type { Evidence } from '../schema/common';
import { useAtlasStore } from '../state/store';
import { Dialog } from './Dialog';
import { EVIDENCE_TEXT } from './EvidenceBadge';
import { OfflineStatus } from './OfflineStatus';

/** "About the data": where it comes from, what the evidence labels mean, why 361 and not 365, and what it is not. */
export function AboutDialog() {
  const open = useAtlasStore((s) => s.aboutOpen);
  const setOpen = useAtlasStore((s) => s.setAboutOpen);
  const setSource = useAtlasStore((s) => s.setOpenSource);
  const data = useAtlasStore((s) => s.data);
  const sources = data?.sources ?? [];
  const close = useCallback(() => setOpen(false), [setOpen]);
  if (!open) return null;
  return (
    <Dialog title="About the data" onClose={close}>
      <p className="warning">
        <strong>For education, not medical advice.</strong> PointAtlas shows where points are described; it
        does not say what to treat or how. See a qualified practitioner for care.
      </p>
      <h3>Why 361 points and not 365</h3>
      <p>
        Classical texts, and one of our seed pages, speak of 365 points, one for each day of the year. The
        modern international standard (WHO 2008) locates 361 points on the 14 channels; the atlas shows those
        361, plus the extra points named by WHO in 1991.
      </p>
      <h3>How points are placed</h3>
      <p>
        Every point is computed on the body from landmarks with the proportional bone-cun (B-cun) of WHO 2008,
        not typed in as coordinates. Select a point and open “How to find it” to see the steps drawn as a cun
        ruler.
      </p>
      <h3>Evidence labels</h3>
      <dl className="facts">
        {(Object.keys(EVIDENCE_TEXT) as Evidence[]).map((k) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{EVIDENCE_TEXT[k]}</dd>
          </div>
        ))}
      </dl>
      <h3>Sources ({sources.length})</h3>
      <ul className="source-refs">
        {sources.map((s) => (
          <li key={s.id}>
            <button type="button" className="link" onClick={() => setSource({ id: s.id })}>
              {s.title}
            </button>{' '}
            <span className="muted">
              {s.kind.replaceAll('-', ' ')}
              {s.year ? `, ${s.year}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">Everything runs in your browser; nothing is sent anywhere.</p>
      <OfflineStatus />
    </Dialog>
  );
}
