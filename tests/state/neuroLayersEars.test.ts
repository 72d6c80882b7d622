import { describe, expect, it } from 'vitest';
import { neuroData } from '../../src/data/neuro';
import { earInputsOfUser, earZones } from '../../src/state/neuroEarParts';
import { neuroLayers } from '../../src/state/neuroLayers';
import type { LayerZones } from '../../src/state/layerTypes';

describe('ear layers of a user’s body', () => {
  const { parts, areas, points } = neuroData.auricular;
  const earZone = neuroData.nrt.earZones[0];
  // five skin vertices: two on the back (NRT zone 0), three on the ear
  const ears = earInputsOfUser({
    source: 'female',
    regions: ['(not a part)', parts[1].region],
    areas: [earZone.area, areas[0].code],
    region: Int16Array.from([-1, -1, 1, 1, 0]),
    area: Int16Array.from([-1, -1, 0, 1, -1]),
    sites: { [`${points[0].code}.L`]: { position: [0.07, 1.6, 0], normal: [1, 0, 0] } },
  });
  const layers = neuroLayers({
    data: neuroData,
    dermatomes: new Int8Array(5).fill(-1),
    nrtZones: Int16Array.from([0, 0, -1, -1, -1]),
    keySites: [],
    ears,
  });
  const zones = (id: string) => {
    const p = layers.find((l) => l.id === id)!.primitive as { kind: 'zones'; zones: LayerZones };
    return p.zones;
  };

  it('paints the ear parts and areas on the skin, re-indexed onto the layer’s own lists', () => {
    expect([...zones('ear-parts').vertexLabel]).toEqual([-1, -1, 1, 1, -1]);
    expect(zones('ear-parts').parts).toBeUndefined();
    const a = [...zones('ear-areas').vertexLabel];
    expect(a[3]).toBe(0);
    expect(zones('ear-areas').labels[a[2]]).toBe(earZone.area);
  });

  it('adds the NRT ear zone to the skin’s back zones without covering them', () => {
    const nrt = zones('nrt');
    expect(nrt.vertexLabel[0]).toBe(0);
    expect(nrt.labels[nrt.vertexLabel[2]]).toBe(earZone.code);
    expect(nrt.vertexLabel[4]).toBe(-1);
  });

  it('places the auricular points at the carried sites and says the ears are schematic here', () => {
    const auricular = layers.find((l) => l.id === 'auricular')!;
    expect(auricular.primitive.kind === 'points' && auricular.primitive.points.map((p) => p.id)).toEqual([
      `${points[0].code}.L`,
    ]);
    for (const id of ['ear-parts', 'ear-areas', 'auricular'])
      expect(layers.find((l) => l.id === id)!.legend).toMatch(
        /Schematic on this body: carried from the shipped female/,
      );
  });

  it('keeps a shipped body’s ear labels on its ear meshes', () => {
    const { vertexLabel, parts: byMesh } = earZones({ 'ear.L': Int16Array.from([2]) });
    expect(vertexLabel.length).toBe(0);
    expect(Object.keys(byMesh!)).toEqual(['ear.L']);
  });
});
