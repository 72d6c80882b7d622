import { DERMATOME_LEVELS } from '../core/dermatomeLevels';
import type { ItemSite } from '../core/dermatomeKeyPoints';
import type { NeuroData } from '../data/neuro';
import { earLabels, earPointsOf, earZones, type EarInputs } from './neuroEarParts';
import type { Layer, LayerPoint } from './layerTypes';

/** Inputs of the neuro layers on one body, computed once per body (neuroLoader.ts). */
export interface NeuroInputs {
  data: NeuroData;
  /** Dermatome label per skin vertex (index into DERMATOME_LEVELS, −1 none). */
  dermatomes: Int8Array;
  /** NRT back zone per skin vertex (index into data.nrt.backZones, −1 none). */
  nrtZones: Int16Array;
  keySites: ItemSite[];
  /** The ears' labels and sites, or null when this body has none (the ear layers then draw nothing). */
  ears: EarInputs | null;
}

export const NEURO_LAYER_IDS = ['dermatomes', 'dermatome-key', 'ear-parts', 'ear-areas', 'auricular', 'nrt'];

const toInt16 = (a: ArrayLike<number>) => Int16Array.from(a);

/** The dermatome map, its key points, the ear's parts and GB/T areas, the auricular points and the NRT zones. */
export function neuroLayers(inp: NeuroInputs): Layer[] {
  const { data, ears } = inp;
  const { levels, map } = data.dermatomes;
  const colours = DERMATOME_LEVELS.map((l) => levels.find((x) => x.level === l)?.colour ?? '#888888');
  const levelGroups = DERMATOME_LEVELS.map((l, i) => ({ id: l, label: l, colour: colours[i], count: 1 }));
  const keyPoints: LayerPoint[] = inp.keySites.map((s) => ({
    id: s.id,
    code: s.code,
    group: 'key',
    side: s.side,
    position: s.position,
    normal: s.normal,
    name: `${data.keyPoints.find((k) => k.code === s.code)?.level ?? ''} key point`,
  }));
  const { parts, areas, points } = data.auricular;
  const partNames = parts.map((p) => p.region);
  const areaCodes = areas.map((a) => a.code);
  const earPoints = earPointsOf(points, ears);
  const { backZones, earZones: nrtEarZones } = data.nrt;
  const nrtLabels = [...backZones.map((z) => z.code), ...nrtEarZones.map((z) => z.code)];
  const earZoneLabels = earLabels(ears, 'area', areaCodes);
  const nrtEar = earZoneLabels
    ? Object.fromEntries(
        Object.entries(earZoneLabels).map(([k, v]) => [
          k,
          v.map((a) => {
            const z = nrtEarZones.findIndex((e) => e.area === areaCodes[a]);
            return a < 0 || z < 0 ? -1 : backZones.length + z;
          }),
        ]),
      )
    : undefined;
  const nrtSkin = earZones(nrtEar, toInt16(inp.nrtZones));
  // a user's body: its ears are carried over from a shipped body's, and the legends say so
  const carried = ears?.carriedFrom
    ? ` Schematic on this body: carried from the shipped ${ears.carriedFrom} body's ear by the warp fitted to your landmarks, not found on this ear.`
    : '';
  const nrtColours = ['#e8590c', '#f59f00', '#d6336c', '#ae3ec9', '#1c7ed6', '#0ca678'];
  const ids = Object.fromEntries(nrtLabels.map((c) => [c, c]));
  const schematic = ' Schematic: the exact site selection rule is unpublished.';
  return [
    {
      id: 'dermatomes',
      title: 'Dermatomes',
      colour: '#3cbb1b',
      legend: `${map.title}. Maps disagree (Downs & LaPorte 2011); the face (trigeminal) is left uncoloured.`,
      count: DERMATOME_LEVELS.length,
      groups: levelGroups,
      primitive: {
        kind: 'zones',
        zones: {
          labels: [...DERMATOME_LEVELS],
          colours,
          vertexLabel: toInt16(inp.dermatomes),
          names: DERMATOME_LEVELS.map((l) => `${l} dermatome`),
        },
      },
      defaultOn: false,
    },
    {
      id: 'dermatome-key',
      title: 'ISNCSCI key sensory points',
      colour: '#222222',
      legend: 'One test point per dermatome level, as the ISNCSCI examination places them.',
      count: data.keyPoints.length,
      groups: [{ id: 'key', label: 'Key sensory points', colour: '#222222', count: data.keyPoints.length }],
      primitive: { kind: 'points', points: keyPoints },
      defaultOn: false,
    },
    {
      id: 'ear-parts',
      title: 'Ear: anatomical parts',
      colour: '#6aa5f0',
      legend: `The parts of the auricle, each named, with its GB/T 13734 letter code.${carried}`,
      count: parts.length,
      groups: parts.map((p) => ({ id: p.region, label: `${p.name} (${p.gbt})`, colour: p.colour, count: 1 })),
      primitive: {
        kind: 'zones',
        zones: {
          labels: partNames,
          colours: parts.map((p) => p.colour),
          ...earZones(earLabels(ears, 'region', partNames)),
          names: parts.map((p) => `${p.name} (${p.gbt})`),
          outline: true,
        },
      },
      defaultOn: false,
    },
    {
      id: 'ear-areas',
      title: 'Ear: GB/T 13734 areas',
      colour: '#e15759',
      legend: `Areas of the Chinese standard on the antihelix, triangular fossa, concha and antitragus (concha and antitragus areas from a single secondary source).${carried}`,
      count: areas.length,
      groups: areas.map((a) => ({ id: a.code, label: `${a.code} ${a.name}`, colour: a.colour, count: 1 })),
      primitive: {
        kind: 'zones',
        zones: {
          labels: areaCodes,
          colours: areas.map((a) => a.colour),
          ...earZones(earZoneLabels),
          names: areas.map((a) => `${a.code} ${a.name}`),
          outline: true,
        },
      },
      defaultOn: false,
    },
    {
      id: 'auricular',
      title: 'Auricular points',
      colour: '#c2255c',
      legend: `Ear points used for low back pain and the five NADA points, on both ears (GB/T 13734 school).${carried}`,
      count: points.length,
      groups: [
        {
          id: 'low-back',
          label: 'Low back pain',
          colour: '#c2255c',
          count: points.filter((p) => !p.uses.some((u) => u.context === 'nada')).length,
        },
        {
          id: 'nada',
          label: 'NADA protocol (some also for low back)',
          colour: '#1864ab',
          count: points.filter((p) => p.uses.some((u) => u.context === 'nada')).length,
        },
      ],
      primitive: { kind: 'points', points: earPoints },
      defaultOn: false,
    },
    {
      id: 'nrt',
      title: 'Neuroreflexotherapy (NRT) zones',
      colour: '#e8590c',
      legend: `Back bands of the roots L1–S1 where staples go, and the lumbar zone of the ear.${schematic}`,
      count: nrtLabels.length,
      groups: nrtLabels.map((c, i) => ({
        id: c,
        label: c.replace('NRT-', ''),
        colour: nrtColours[i % nrtColours.length],
        count: 1,
      })),
      primitive: {
        kind: 'zones',
        zones: {
          labels: nrtLabels,
          colours: nrtLabels.map((_, i) => nrtColours[i % nrtColours.length]),
          ...nrtSkin,
          names: [
            ...backZones.map((z) => `NRT zone ${z.root} (schematic)`),
            ...nrtEarZones.map((z) => `${z.name} (schematic)`),
          ],
          selectable: ids,
        },
      },
      defaultOn: false,
    },
  ];
}
