import { VIEW_PRESETS, type ViewPreset } from '../state/viewTypes';
import { useAtlasStore } from '../state/store';

const LABELS: Record<ViewPreset, string> = {
  front: 'Front',
  back: 'Back',
  left: 'Left',
  right: 'Right',
  head: 'Head',
  'hand-left': 'L hand',
  'hand-right': 'R hand',
  'foot-left': 'L foot',
  'foot-right': 'R foot',
  ear: 'Ear',
};

/** Buttons for the preset views (left/right are the subject's). */
export function ViewPresets() {
  const view = useAtlasStore((s) => s.view);
  const goTo = useAtlasStore((s) => s.goTo);
  return (
    <div role="group" aria-label="Preset views" className="view-presets">
      {VIEW_PRESETS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          data-view={v}
          onClick={() => goTo(v)}
          title={v === 'left' || v === 'right' ? `The subject's ${v} side` : undefined}
        >
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}
