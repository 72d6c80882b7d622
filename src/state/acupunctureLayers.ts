import type { Channel } from '../schema/channel';
import type { AtlasData, ResolvedAtlas } from './atlasTypes';
import type { Layer, LayerGroup, LayerPoint } from './layerTypes';

const EXTRA_COLOUR = '#9a7fd1';
const EXTRA_GROUPS: [string, string][] = [
  ['EX-HN', 'Head and neck'],
  ['EX-CA', 'Chest and abdomen'],
  ['EX-B', 'Back'],
  ['EX-UE', 'Upper limb'],
  ['EX-LE', 'Lower limb'],
];

const extraGroupOf = (code: string): string => /^EX-[A-Z]+/.exec(code)?.[0] ?? 'EX';
const channelOf = (p: { channel?: string } | undefined, code: string): string =>
  p?.channel ?? /^[A-Z]{2}/.exec(code)?.[0] ?? code;

/** What the acupuncture layers need from the data: channel records and each point's name and channel. */
export interface LayerInfo {
  channels: Channel[];
  names: Record<string, { pinyin: string; channel?: string }>;
}

/** The layer info of the full data. */
export const layerInfoOf = (data: AtlasData): LayerInfo => ({
  channels: data.channels,
  names: Object.fromEntries(data.points.map((p) => [p.code, { pinyin: p.pinyin, channel: p.channel }])),
});

/**
 * The acupuncture layers of one body: channel points (a group per channel), channel lines (a line per channel and
 * side) and extra points (a group per region).
 */
export function acupunctureLayers(data: LayerInfo, resolved: ResolvedAtlas): Layer[] {
  const records = new Map(Object.entries(data.names));
  const toPoint = (site: ResolvedAtlas['sites'][number], group: string): LayerPoint => ({
    id: site.id,
    code: site.code,
    group,
    side: site.side,
    position: site.position,
    normal: site.normal,
    name: records.get(site.code)?.pinyin ?? '',
  });
  const channelPoints = resolved.sites
    .filter((s) => s.layer === 'meridian')
    .map((s) => toPoint(s, channelOf(records.get(s.code), s.code)));
  const extraPoints = resolved.sites
    .filter((s) => s.layer === 'extra')
    .map((s) => toPoint(s, extraGroupOf(s.code)));
  const count = (pts: LayerPoint[], group: string) =>
    new Set(pts.filter((p) => p.group === group).map((p) => p.code)).size;
  const channelGroups: LayerGroup[] = data.channels.map((c) => ({
    id: c.code,
    label: `${c.code} ${c.english}`,
    colour: c.colour,
    count: count(channelPoints, c.code),
  }));
  const lineGroups: LayerGroup[] = channelGroups.map((g) => ({
    ...g,
    count: resolved.lines.filter((l) => l.channel === g.id).length,
  }));
  const extraGroups: LayerGroup[] = EXTRA_GROUPS.map(([id, label]) => ({
    id,
    label: `${id} ${label}`,
    colour: EXTRA_COLOUR,
    count: count(extraPoints, id),
  })).filter((g) => g.count > 0);
  return [
    {
      id: 'points',
      title: 'Channel points',
      colour: '#d33',
      legend: 'The 361 points of the 14 channels, located by WHO 2008 (both sides).',
      count: new Set(channelPoints.map((p) => p.code)).size,
      groups: channelGroups,
      primitive: { kind: 'points', points: channelPoints },
      defaultOn: true,
    },
    {
      id: 'channels',
      title: 'Channel lines',
      colour: '#d33',
      legend: 'The surface course of each channel, joining its points in order.',
      count: resolved.lines.length,
      groups: lineGroups,
      primitive: {
        kind: 'lines',
        lines: resolved.lines.map((l) => ({ group: l.channel, side: l.side, path: l.path })),
      },
      defaultOn: true,
    },
    {
      id: 'extra',
      title: 'Extra points',
      colour: EXTRA_COLOUR,
      legend: 'Extra points (EX), named by WHO 1991, located after GB/T 12346.',
      count: new Set(extraPoints.map((p) => p.code)).size,
      groups: extraGroups,
      primitive: { kind: 'points', points: extraPoints },
      defaultOn: true,
    },
  ];
}
