import MiniSearch from 'minisearch';

/**
 * One searchable item of any layer: a point today; nerves, regions and conditions later. `kind` says what it is,
 * `ref` what selecting it means to the app (a point code, …); text fields are searched, tones and case ignored.
 */
export interface SearchDoc {
  id: string;
  kind: string;
  ref: string;
  title: string;
  subtitle: string;
  /** Codes in their canonical form (`LI4`); written forms like `li-4` or `LI 4` find them too. */
  codes: string[];
  names: string[];
  /** Hanzi; each character is also indexed alone. */
  hanzi: string[];
  /** Group names (channel code and English name). */
  groups: string[];
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
}

/** Lower case, tone marks and other diacritics removed (`Hégǔ` → `hegu`). */
export const foldText = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A point code in any common form to its canonical form (`li-4`, `LI 4` → `LI4`; `ex hn 3` → `EX-HN3`), or null. */
export function canonicalCode(q: string): string | null {
  const s = q
    .trim()
    .toUpperCase()
    .replace(/[\s_.]+/g, '-');
  const ex = /^EX-?([A-Z]{1,2})-?(\d{1,2})$/.exec(s);
  if (ex) return `EX-${ex[1]}${Number(ex[2])}`;
  const ch = /^([A-Z]{2})-?(\d{1,2})$/.exec(s);
  return ch ? `${ch[1]}${Number(ch[2])}` : null;
}

const FIELDS = ['codes', 'names', 'hanzi', 'groups'] as const;

/** A search index over documents of every kind, tolerant of typos, tones, case and code spelling. */
export function createSearchIndex(docs: readonly SearchDoc[]) {
  const ms = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: ['id'],
    extractField: (doc, field) => {
      const v = doc[field as keyof SearchDoc];
      if (field === 'codes') return (v as string[]).flatMap((c) => [c, c.replace(/-/g, '')]).join(' ');
      if (field === 'hanzi') return (v as string[]).flatMap((h) => [h, ...h]).join(' ');
      return Array.isArray(v) ? v.join(' ') : String(v);
    },
    processTerm: (t) => foldText(t).replace(/[^\p{L}\p{N}]/gu, '') || null,
    tokenize: (s) => s.split(/[\s,;/()-]+/u),
    searchOptions: { boost: { codes: 4, names: 2, hanzi: 3 }, prefix: true, fuzzy: 0.25 },
  });
  ms.addAll(docs as SearchDoc[]);
  const byId = new Map(docs.map((d) => [d.id, d]));

  /** Best matches first; an exact code goes to the top. */
  function search(query: string, limit = 12): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const scores = new Map<string, number>();
    const add = (id: string, score: number) => scores.set(id, Math.max(scores.get(id) ?? 0, score));
    const code = canonicalCode(q);
    if (code) for (const d of docs) if (d.codes.includes(code)) add(d.id, 1e6);
    for (const r of ms.search(q)) add(String(r.id), r.score);
    const joined = q.replace(/[\s-]+/g, '');
    if (joined !== q) for (const r of ms.search(joined)) add(String(r.id), r.score);
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .flatMap(([id, score]) => {
        const doc = byId.get(id);
        return doc ? [{ doc, score }] : [];
      });
  }
  return { search, size: docs.length };
}
export type SearchIndex = ReturnType<typeof createSearchIndex>;
