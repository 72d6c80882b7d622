import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Layer } from '../state/layerTypes';
import { isGroupOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';

/**
 * A surface-zones layer (dermatomes, NRT zones): the skin drawn again with a colour per vertex label, semi-transparent
 * over the body; unlabelled vertices and switched-off groups stay clear.
 */
export function ZoneLayer({ layer }: { layer: Layer }) {
  const skin = useSceneStore((s) => s.model?.skin ?? null);
  const groupOff = useAtlasStore((s) => s.groupOff);
  const geometry = useMemo(() => {
    if (!skin || layer.primitive.kind !== 'zones') return null;
    const { labels, colours, vertexLabel } = layer.primitive.zones;
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', skin.getAttribute('position'));
    g.setAttribute('normal', skin.getAttribute('normal'));
    g.setIndex(skin.getIndex());
    const rgba = new Float32Array(vertexLabel.length * 4);
    const c = new THREE.Color();
    vertexLabel.forEach((label, i) => {
      if (label < 0 || !isGroupOn({ groupOff }, layer.id, labels[label])) return;
      c.set(colours[label]);
      rgba.set([c.r, c.g, c.b, 0.55], i * 4);
    });
    g.setAttribute('color', new THREE.BufferAttribute(rgba, 4));
    return g;
  }, [skin, layer, groupOff]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!geometry) return null;
  return (
    <mesh geometry={geometry} renderOrder={1} raycast={() => null}>
      <meshLambertMaterial
        vertexColors
        transparent
        depthWrite={false}
        polygonOffset
        polygonOffsetFactor={-2}
        polygonOffsetUnits={-2}
      />
    </mesh>
  );
}
