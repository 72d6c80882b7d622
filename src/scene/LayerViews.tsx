import { isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { LineLayer } from './LineLayer';
import { PointMarkers } from './PointMarkers';
import { ZoneBorders } from './ZoneBorders';

/**
 * Draws every layer that is on, by the kind of primitive it carries. Points of all layers share one instanced
 * draw (PointMarkers); lines draw per layer; zones are painted on the body
 * itself (BodyMesh), with borders drawn here when the layer asks for them. A new layer needs no change here.
 */
export function LayerViews() {
  const layers = useAtlasStore((s) => s.layers);
  const layerOn = useAtlasStore((s) => s.layerOn);
  const layerListed = useAtlasStore((s) => s.layerListed);
  return (
    <>
      {layers.map((layer) => {
        if (!isLayerOn({ layerOn, layerListed }, layer)) return null;
        if (layer.primitive.kind === 'lines') return <LineLayer key={layer.id} layer={layer} />;
        // zones are painted into the body's own vertex colours (BodyMesh); outlined ones add their borders
        if (layer.primitive.kind === 'zones' && layer.primitive.zones.outline)
          return <ZoneBorders key={layer.id} layer={layer} />;
        return null;
      })}
      <PointMarkers />
    </>
  );
}
