import { describe, expect, it } from 'vitest';
import { nptSearchDocs } from '../../src/core/nptSearch';
import { createSearchIndex } from '../../src/core/search';
import { nptData } from '../../src/data/npt';

const index = createSearchIndex(nptSearchDocs(nptData));
const refs = (q: string, limit = 12) => index.search(q, limit).map((h) => h.doc.ref);

describe('NPT search documents', () => {
  it('has one document per site and per condition, with unique ids', () => {
    const docs = nptSearchDocs(nptData);
    expect(docs).toHaveLength(nptData.sites.length + nptData.conditions.length);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('finds a condition and the sites linked to it', () => {
    const top = refs('plantar fasciitis', 8);
    expect(top.slice(0, 2)).toContain('plantar-fasciitis');
    for (const code of ['NPT-MCN', 'NPT-ICN']) expect(top).toContain(code);
  });

  it('finds sites by nerve, by region and by site code', () => {
    expect(refs('sural')).toEqual(expect.arrayContaining(['NPT-SUR', 'NPT-SUR-A']));
    expect(refs('hamstring', 20)).toEqual(expect.arrayContaining(['NPT-PFCN', 'NPT-TIB-P']));
    expect(refs('greater occipital')[0]).toBe('NPT-GON');
    expect(refs('NPT-ION')[0]).toBe('NPT-ION');
  });
});
