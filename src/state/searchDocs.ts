import type { SearchDoc } from '../core/search';
import type { AtlasData } from './atlasTypes';

/** Search documents for the point records; later layers add their own document builders next to this one. */
export function pointSearchDocs(data: AtlasData): SearchDoc[] {
  const channels = new Map<string, (typeof data.channels)[number]>(data.channels.map((c) => [c.code, c]));
  return data.points.map((p) => {
    const ch = p.channel ? channels.get(p.channel) : undefined;
    return {
      id: `point:${p.code}`,
      kind: 'point',
      ref: p.code,
      title: `${p.code} ${p.pinyin}`,
      subtitle: `${p.hanzi} · ${p.english}${ch ? ` · ${ch.english}` : ''}`,
      codes: [p.code],
      names: [p.pinyin, p.pinyinPlain, p.english],
      hanzi: [p.hanzi, ...(p.hanziSimplified ? [p.hanziSimplified] : [])],
      groups: ch ? [ch.code, ch.english, ch.pinyin] : p.code.startsWith('EX-') ? ['extra'] : [],
    };
  });
}
