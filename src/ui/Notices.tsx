import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';

const NOTICE_MS = 9000;

/**
 * Brief notices (a link parameter that could not be used, …): announced politely, dismissed or timed out. A notice
 * of something that failed to load has a Retry and stays until it is used or dismissed.
 */
export function Notices() {
  const notices = useAtlasStore((s) => s.notices);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  useEffect(() => {
    const brief = notices.find((n) => !n.retry);
    if (!brief) return;
    const t = setTimeout(() => dismiss(brief.id), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notices, dismiss]);
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          {n.text}{' '}
          {n.retry && (
            <button
              type="button"
              onClick={() => {
                dismiss(n.id);
                n.retry?.();
              }}
            >
              Retry
            </button>
          )}{' '}
          <button type="button" className="close" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
