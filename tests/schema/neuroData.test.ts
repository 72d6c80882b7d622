import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/core/search';
import { neuroData, neuroSourceRefs } from '../../src/data/neuro';
import { EvidenceSchema } from '../../src/schema/common';
import { neuroItemOf, neuroSearchDocs } from '../../src/state/neuroItems';

const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as { sources: { id: string }[] };
const known = new Set(sources.sources.map((s) => s.id));

describe('the dermatome, auricular and NRT data', () => {
  it('cites only sources listed in data/sources.json, each with a locator', () => {
    const refs = neuroSourceRefs(neuroData);
    expect(refs.length).toBeGreaterThan(50);
    for (const { where, ref } of refs) {
      expect(known.has(ref.id), `${where}: ${ref.id}`).toBe(true);
      expect(ref.locator.length, where).toBeGreaterThan(2);
    }
  });

  it('gives every item an evidence value and at least one source', () => {
    const items = [
      neuroData.dermatomes.map,
      ...neuroData.keyPoints,
      ...neuroData.auricular.areas,
      ...neuroData.auricular.points,
      ...neuroData.auricular.points.flatMap((p) => p.uses),
      ...neuroData.nrt.backZones,
      ...neuroData.nrt.earZones,
      ...neuroData.nrt.procedure,
    ];
    for (const item of items) {
      expect(EvidenceSchema.safeParse(item.evidence).success).toBe(true);
      expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('flags every NRT zone schematic and covers the procedure, trials, review and audit', () => {
    for (const z of [...neuroData.nrt.backZones, ...neuroData.nrt.earZones])
      expect(z.evidence).toBe('schematic');
    expect(neuroData.nrt.backZones.map((z) => z.root)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'S1']);
    const text = neuroData.nrt.procedure.map((c) => c.text).join(' ');
    for (const fact of ['two weeks', 'three months', 'outpatient', '148', '125', 'Spain', '1,209', '3.3%'])
      expect(text).toContain(fact);
  });

  it('lists the low-back ear points and the NADA five with their school', () => {
    const codes = neuroData.auricular.points.map((p) => p.code);
    for (const c of ['AH9', 'AH11', 'AH8', 'AH6', 'AH7', 'AH6a', 'TF4', 'CO10', 'AT4', 'CO12', 'CO14'])
      expect(codes).toContain(c);
    const nada = neuroData.auricular.points.filter((p) => p.uses.some((u) => u.context === 'nada'));
    expect(nada.map((p) => p.code).sort()).toEqual(['AH6a', 'CO10', 'CO12', 'CO14', 'TF4']);
    for (const c of ['CO10', 'CO12', 'CO14', 'AT4'])
      expect(neuroData.auricular.points.find((p) => p.code === c)!.basis).toBe('single-secondary-source');
  });

  it('finds NRT zones by "L5 dermatome", "NRT" and "lumbosacral"', () => {
    const index = createSearchIndex(neuroSearchDocs());
    expect(index.search('L5 dermatome').map((h) => h.doc.ref)).toContain('NRT-L5');
    expect(index.search('NRT')[0].doc.ref).toMatch(/^NRT-/);
    expect(index.search('lumbosacral').some((h) => h.doc.ref.startsWith('NRT-'))).toBe(true);
    expect(neuroItemOf('NRT-L5')?.kind).toBe('nrt-back');
  });
});
