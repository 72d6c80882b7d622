import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Layer } from '../state/layerTypes';
import { isGroupOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';
import { zoneBorders } from './zoneBorders';

/**
 * A zones layer over the body's other meshes (the ears): each named part drawn again with a colour per vertex
 * label, and, for layers that ask for it, dark borders where the label changes.
 */
export function PartZoneLayer({ layer }: { layer: Layer }) {
  const model = useSceneStore((s) => s.model);
  const groupOff = useAtlasStore((s) => s.groupOff);
  const drawn = useMemo(() => {
    if (!model || layer.primitive.kind !== 'zones' || !layer.primitive.zones.parts) return [];
    const { labels, colours, parts, outline } = layer.primitive.zones;
    const c = new THREE.Color();
    return Object.entries(parts).flatMap(([name, vertexLabel]) => {
      const i = model.partNames.indexOf(name);
      const src = model.parts[i];
      if (!src || src.getAttribute('position').count !== vertexLabel.length) return [];
      const g = new THREE.BufferGeometry();
      g.setAttribute('position', src.getAttribute('position'));
      g.setAttribute('normal', src.getAttribute('normal'));
      g.setIndex(src.getIndex());
      const rgba = new Float32Array(vertexLabel.length * 4);
      vertexLabel.forEach((label, v) => {
        if (label < 0 || !isGroupOn({ groupOff }, layer.id, labels[label])) return;
        c.set(colours[label]);
        rgba.set([c.r, c.g, c.b, 0.8], v * 4);
      });
      g.setAttribute('color', new THREE.BufferAttribute(rgba, 4));
      const border = outline ? zoneBorders(src, vertexLabel) : null;
      return [{ name, geometry: g, border }];
    });
  }, [model, layer, groupOff]);
  useEffect(
    () => () =>
      drawn.forEach((d) => {
        d.geometry.dispose();
        d.border?.dispose();
      }),
    [drawn],
  );
  return (
    <>
      {drawn.map((d) => (
        <group key={d.name}>
          <mesh geometry={d.geometry} renderOrder={1} raycast={() => null}>
            <meshLambertMaterial
              vertexColors
              transparent
              depthWrite={false}
              polygonOffset
              polygonOffsetFactor={-2}
              polygonOffsetUnits={-2}
            />
          </mesh>
          {d.border && (
            <lineSegments geometry={d.border} renderOrder={2} raycast={() => null}>
              <lineBasicMaterial color="#1a1a1a" />
            </lineSegments>
          )}
        </group>
      ))}
    </>
  );
}
