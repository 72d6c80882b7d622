import { describe, expect, it } from 'vitest';
import { decodeTourLink, encodeTourLink, MAX_LINK_CHARS } from '../../../src/core/tours/tourLink';
import { builtInTours } from '../../../src/data/tours';
import type { TourFields } from '../../../src/schema/records/tour';

const short: TourFields = (({ id: _, ...t }) => t)(builtInTours.find((t) => t.id === 'how-b-cun-works')!);

describe('a tour in a link', () => {
  it('comes back identical from its link value', async () => {
    const value = await encodeTourLink(short);
    expect(value).not.toBeNull();
    expect(value!).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeTourLink(value!)).toEqual({ ok: true, tour: short });
  });

  it('is refused for a long tour (shared as a file instead)', async () => {
    const long: TourFields = {
      ...short,
      scenes: Array.from({ length: 100 }, (_, i) => ({
        ...short.scenes[0],
        id: `s${i}`,
        caption: `${i} ${crypto.randomUUID()} ${crypto.randomUUID()} ${crypto.randomUUID()}`,
      })),
    };
    expect(await encodeTourLink(long)).toBeNull();
  });

  it('reads a damaged or invalid value as a message, never a throw', async () => {
    const value = (await encodeTourLink(short))!;
    for (const bad of [value.slice(0, 20), `${value}!`, 'AAAA', 'x'.repeat(MAX_LINK_CHARS + 1), '']) {
      const r = await decodeTourLink(bad);
      expect(r.ok, bad.slice(0, 10)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^The tour in this link/);
    }
    const wrong = await encodeTourLink({ ...short, title: '' });
    const r = await decodeTourLink(wrong!);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/title/) });
  });
});
