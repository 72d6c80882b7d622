import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';

const NOTICE_MS = 9000;

/** Brief notices (a link parameter that could not be used, …): announced politely, dismissed or timed out. */
export function Notices() {
  const notices = useAtlasStore((s) => s.notices);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  useEffect(() => {
    if (notices.length === 0) return;
    const t = setTimeout(() => dismiss(notices[0].id), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notices, dismiss]);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          {n.text}{' '}
          <button type="button" className="close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
