import { useState } from 'react';
import type { Layer } from '../state/layerTypes';
import { isGroupOn, isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/** One layer in the panel: its switch, legend, count, and a switch, swatch and count per group. */
export function LayerControls({ layer, open }: { layer: Layer; open: boolean }) {
  const on = useAtlasStore((s) => isLayerOn(s, layer));
  const groupOff = useAtlasStore((s) => s.groupOff);
  const setLayerOn = useAtlasStore((s) => s.setLayerOn);
  const setGroupOn = useAtlasStore((s) => s.setGroupOn);
  const [expanded, setExpanded] = useState(open);
  const id = `layer-${layer.id}`;
  // the switch and the disclosure are two controls side by side: a checkbox inside a <summary> is a control nested
  // in another, which screen readers announce as one
  return (
    <div className="layer">
      <div className="layer-head">
        <button
          type="button"
          className="disclosure"
          aria-expanded={expanded}
          aria-controls={`${id}-more`}
          aria-label={`${layer.title}: legend and groups`}
          onClick={() => setExpanded(!expanded)}
        />
        <label htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={on}
            onChange={(e) => setLayerOn(layer.id, e.target.checked)}
            data-testid={`layer-toggle-${layer.id}`}
          />
          <span className="swatch" style={{ background: layer.colour }} aria-hidden="true" />
          {layer.title} <span className="count">{layer.count}</span>
        </label>
      </div>
      <div id={`${id}-more`} hidden={!expanded}>
        <p className="legend">{layer.legend}</p>
        {layer.groups.length > 0 && (
          <ul className="groups" aria-label={`${layer.title} groups`}>
            {layer.groups.map((g) => (
              <li key={g.id}>
                <label>
                  <input
                    type="checkbox"
                    disabled={!on}
                    checked={isGroupOn({ groupOff }, layer.id, g.id)}
                    onChange={(e) => setGroupOn(layer.id, g.id, e.target.checked)}
                  />
                  <span className="swatch" style={{ background: g.colour }} aria-hidden="true" />
                  {g.label} <span className="count">{g.count}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
