import { useEffect } from 'react';
import { setPicking, useWorkspace } from '../../state/workspace';

/** "Pick on body": while on, a click on a marker or an NRT zone adds it to the open plan; Esc turns it off. */
export function PickModeToggle() {
  const picking = useWorkspace((s) => s.picking);
  useEffect(() => {
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPicking(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking]);
  return (
    <div className="pick-mode">
      <button
        type="button"
        aria-pressed={picking}
        className={picking ? 'picking' : undefined}
        onClick={() => setPicking(!picking)}
      >
        {picking ? 'Picking on the body' : 'Pick on body'}
      </button>
      {picking && (
        <span className="muted small" role="status">
          {' '}
          Click markers or NRT zones to add them; Esc stops.
        </span>
      )}
    </div>
  );
}
