import { describe, expect, it } from 'vitest';
import sourcesJson from '../../data/sources.json';
import { conditionsOfSite, nptData, parseNptData } from '../../src/data/npt';

const { conditions, technique, sites } = nptData;
const sourceIds = new Set(sourcesJson.sources.map((s) => s.id));
const siteCodes = new Set(sites.map((s) => s.code));

/** Seed 002's list of conditions, in its order. */
const SEED_CONDITIONS = [
  'migraine-headache',
  'neck-back-pain',
  'muscle-aches',
  'sciatica',
  'joint-pain',
  'osteoarthritis',
  'vulvodynia-dyspareunia',
  'achilles-tendinopathy',
  'mortons-neuroma',
  'plantar-fasciitis',
  'carpal-tunnel',
  'tennis-golfers-elbow',
  'post-herpetic-neuralgia',
  'tmj-disorder',
  'trigeminal-neuralgia',
  'sinusitis',
  'fibromyalgia',
  'crps',
];

describe('NPT conditions index', () => {
  it('lists every condition of seed 002, each cited to the clinic’s list', () => {
    expect(conditions.map((c) => c.id)).toEqual(SEED_CONDITIONS);
    for (const c of conditions)
      expect(
        c.listedBy.map((s) => s.id),
        c.id,
      ).toContain('clinic-npt');
  });

  it('links only known sites, each link with an evidence value and registered sources', () => {
    for (const c of conditions) {
      for (const l of c.sites) {
        expect(siteCodes.has(l.site), `${c.id} → ${l.site}`).toBe(true);
        expect(l.evidence, `${c.id} → ${l.site}`).toBeTruthy();
        expect(l.sources.length).toBeGreaterThan(0);
        for (const s of l.sources) expect(sourceIds.has(s.id), `${c.id}: ${s.id}`).toBe(true);
        if (l.evidence === 'practitioner-claim')
          expect(
            l.sources.map((s) => s.id),
            `${c.id} → ${l.site}`,
          ).toContain('clinic-npt');
      }
      if (c.sites.length === 0) expect(c.note, c.id).toBeTruthy();
    }
  });

  it('labels published associations with their study and clinic claims as claims', () => {
    const link = (id: string, site: string) =>
      conditions.find((c) => c.id === id)!.sites.find((l) => l.site === site)!;
    expect(link('neck-back-pain', 'NPT-SCLN').evidence).toBe('case-series');
    expect(link('neck-back-pain', 'NPT-SCLN').sources.map((s) => s.id)).toContain('siahaan-2021');
    expect(link('osteoarthritis', 'NPT-IPBS').evidence).toBe('trial');
    expect(link('plantar-fasciitis', 'NPT-MCN').evidence).toBe('practitioner-claim');
  });

  it('finds the conditions of a site (for the site panel)', () => {
    const ids = conditionsOfSite(nptData, 'NPT-MCN').map((x) => x.condition.id);
    expect(ids).toContain('plantar-fasciitis');
  });

  it('rejects a link to an unknown site or source', () => {
    const raw = { sites: { schemaVersion: 1, sites }, technique: { schemaVersion: 1, facts: technique } };
    const bad = structuredClone(conditions);
    bad[0].sites[0].site = 'NPT-NOPE';
    bad[1].sites[0].sources[0].id = 'no-such-source';
    expect(() =>
      parseNptData({ ...raw, conditions: { schemaVersion: 1, conditions: bad } }, sourceIds),
    ).toThrow(/unknown site "NPT-NOPE"[\s\S]*unknown source "no-such-source"/);
  });
});

describe('NPT technique facts', () => {
  const fact = (id: string) => technique.find((f) => f.id === id)!;

  it('has every fact the technique panel needs, each with evidence and registered sources', () => {
    for (const id of ['developer', 'injectate', 'volumes', 'sessions', 'relief-duration', 'algometer'])
      expect(fact(id), id).toBeDefined();
    for (const id of ['hiltons-law', 'trpv1']) expect(fact(id), id).toBeDefined();
    for (const f of technique) for (const s of f.sources) expect(sourceIds.has(s.id), f.id).toBe(true);
  });

  it('states the seed’s figures in our words and flags the claims', () => {
    expect(fact('developer').text).toMatch(/Lyftogt/);
    expect(fact('injectate').text).toMatch(/5% dextrose[\s\S]*mannitol/);
    expect(fact('sessions').text).toMatch(/weekly[\s\S]*4 to 8/);
    expect(fact('relief-duration').text).toMatch(/4 to 5 days/);
    expect(fact('algometer').text).toMatch(/kg\/cm²[\s\S]*3 to 4[\s\S]*1 minute and 15 minutes/);
    expect(fact('trpv1').claim).toBe(true);
    expect(fact('trpv1').evidence).toBe('practitioner-claim');
    expect(fact('hiltons-law').evidence).toBe('anatomy');
  });
});
