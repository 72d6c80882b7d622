import { isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { LineLayer } from './LineLayer';
import { PartZoneLayer } from './PartZoneLayer';
import { PointMarkers } from './PointMarkers';
import { ZoneLayer } from './ZoneLayer';

/**
 * Draws every layer that is on, by the kind of primitive it carries. Points of all layers share one instanced
 * draw (PointMarkers); lines and zones draw per layer. A new layer needs no change here.
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
        if (layer.primitive.kind === 'zones')
          return (
            <group key={layer.id}>
              {layer.primitive.zones.vertexLabel.length > 0 && <ZoneLayer layer={layer} />}
              {layer.primitive.zones.parts && <PartZoneLayer layer={layer} />}
            </group>
          );
        return null;
      })}
      <PointMarkers />
    </>
  );
}
