import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChannelsFileSchema } from '../../src/schema/channel';

const root = resolve(__dirname, '../..');
const file = ChannelsFileSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/channels.json'), 'utf8')));
const channels = file.channels;
const sourceIds = new Set(
  (
    JSON.parse(readFileSync(resolve(root, 'data/sources.json'), 'utf8')) as { sources: { id: string }[] }
  ).sources.map((s) => s.id),
);

const WHO_COUNTS: Record<string, number> = {
  LU: 11,
  LI: 20,
  ST: 45,
  SP: 21,
  HT: 9,
  SI: 19,
  BL: 67,
  KI: 27,
  PC: 9,
  TE: 23,
  GB: 44,
  LR: 14,
  GV: 28,
  CV: 24,
};

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
