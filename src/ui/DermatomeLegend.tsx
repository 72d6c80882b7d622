import { DERMATOME_LEVELS } from '../core/dermatomeLevels';
import { neuroData } from 'virtual:validated/neuro';
import { isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/** The dermatome colours by level, with the map drawn and the warning that maps disagree; shown while the layer is on. */
export function DermatomeLegend() {
  const layer = useAtlasStore((s) => s.layers.find((l) => l.id === 'dermatomes'));
  const on = useAtlasStore((s) => (layer ? isLayerOn(s, layer) : false));
  if (!layer || !on) return null;
  const colour = new Map(neuroData.dermatomes.levels.map((l) => [l.level, l.colour]));
  return (
    <aside className="dermatome-legend" aria-label="Dermatome legend" data-testid="dermatome-legend">
      <ul>
        {DERMATOME_LEVELS.map((l) => (
          <li key={l}>
            <span className="swatch" style={{ background: colour.get(l) }} aria-hidden="true" />
            {l}
          </li>
        ))}
      </ul>
      <p>
        Keegan &amp; Garrett 1948 layout, schematic. Maps disagree (Downs &amp; LaPorte 2011); face:
        trigeminal, not coloured.
      </p>
    </aside>
  );
}
