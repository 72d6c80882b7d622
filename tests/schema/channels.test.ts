import { describe, expect, it } from 'vitest';
import { WHO_COUNTS, loadChannels, loadSourceIds } from './pointRefs';

const channels = loadChannels();
const sourceIds = loadSourceIds();

describe('data/channels.json', () => {
  it('has the 14 channels once each, with the WHO point counts summing to 361', () => {
    expect(channels).toHaveLength(14);
    expect(channels.map((c) => c.code)).toEqual(Object.keys(WHO_COUNTS));
    for (const c of channels) expect(c.pointCount, c.code).toBe(WHO_COUNTS[c.code]);
    expect(channels.reduce((n, c) => n + c.pointCount, 0)).toBe(361);
  });

  it('groups the twelve regular channels into three yin and three yang for hand and foot', () => {
    const regular = channels.filter((c) => c.code !== 'GV' && c.code !== 'CV');
    expect(regular).toHaveLength(12);
    for (const limb of ['hand', 'foot'] as const) {
      for (const polarity of ['yin', 'yang'] as const) {
        expect(regular.filter((c) => c.limb === limb && c.polarity === polarity)).toHaveLength(3);
      }
    }
    for (const c of regular) {
      expect(c.organ, c.code).not.toBeNull();
      expect(c.phase, c.code).not.toBeNull();
      const partner = channels.find((p) => p.code === c.pairedWith);
      expect(partner?.pairedWith, c.code).toBe(c.code);
      expect(partner?.polarity).not.toBe(c.polarity);
      expect(partner?.limb).toBe(c.limb);
      expect(partner?.phase).toBe(c.phase);
      expect(c.sources.map((s) => s.id)).toContain('clinic-acu-harley');
    }
  });

  it('gives each channel its own colour and cites registered sources including WHO 2008', () => {
    expect(new Set(channels.map((c) => c.colour)).size).toBe(14);
    for (const c of channels) {
      expect(c.sources.map((s) => s.id)).toContain('who-2008');
      for (const s of c.sources) expect(sourceIds.has(s.id), `${c.code}: ${s.id}`).toBe(true);
      expect(c.summary.length).toBeGreaterThan(40);
    }
  });
});
