import { describe, expect, it } from 'vitest';
import {
  layoutLabelGroups,
  layoutLabels,
  type LabelRequest,
  type ScreenBox,
} from '../../src/core/labelLayout';
import { rulerTicks } from '../../src/core/cunRuler';

const overlap = (a: { left: number; top: number }, b: { left: number; top: number }, w: number, h: number) =>
  a.left < b.left + w && b.left < a.left + w && a.top < b.top + h && b.top < a.top + h;

describe('label layout', () => {
  it('never lets two labels overlap, even for anchors on top of each other', () => {
    const reqs: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({
      id: String(i),
      x: 400 + (i % 3) * 4,
      y: 300 + i * 3,
      w: 90,
      h: 18,
      priority: i,
    }));
    const placed = layoutLabels(reqs, { width: 800, height: 600 });
    expect(placed.length).toBeGreaterThan(3);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b, 90, 18)).toBe(false);
  });

  it('places the first priority first and keeps labels inside the view', () => {
    const placed = layoutLabels([{ id: 'sel', x: 795, y: 5, w: 60, h: 18, priority: 0 }], {
      width: 800,
      height: 600,
    });
    expect(placed).toHaveLength(1);
    expect(placed[0].left + 60).toBeLessThanOrEqual(800);
    expect(placed[0].top).toBeGreaterThanOrEqual(0);
  });
});

describe('label layout beside the side panels', () => {
  const view = { width: 1200, height: 700 };
  // the layer panel on the left and the point panel on the right, as the app lays them out
  const leftPanel: ScreenBox = { l: 10, t: 10, r: 280, b: 690 };
  const rightPanel: ScreenBox = { l: 820, t: 10, r: 1190, b: 420 };
  const covered = [leftPanel, rightPanel];
  const label = (id: string, x: number, y: number, priority = 0): LabelRequest => ({
    id,
    x,
    y,
    w: 110,
    h: 18,
    priority,
  });
  const boxOf = (p: { left: number; top: number }): ScreenBox => ({
    l: p.left,
    t: p.top,
    r: p.left + 110,
    b: p.top + 18,
  });
  const under = (a: ScreenBox, c: ScreenBox) => a.l < c.r && c.l < a.r && a.t < c.b && c.t < a.b;

  it('puts a label beside its anchor on the free side when the other side is under a panel', () => {
    // left of the anchor is the layer panel; without the panels the label would still go right, so ask from the
    // right edge of the free area, where "right" runs under the point panel
    const [p] = layoutLabels([label('a', 810, 300)], view, { covered });
    expect(p).toBeDefined();
    expect(under(boxOf(p), rightPanel)).toBe(false);
    expect(p.left + 110).toBeLessThanOrEqual(810);
    expect(p.moved).toBeUndefined();
  });

  it('without the panels, that same label would sit under the point panel', () => {
    const [p] = layoutLabels([label('a', 810, 300)], view);
    expect(under(boxOf(p), rightPanel)).toBe(true);
  });

  it('moves the label of an anchor under the layer panel just right of it, at the anchor height', () => {
    const [p] = layoutLabels([label('a', 120, 300)], view, { covered });
    expect(p.moved).toBe(true);
    expect(p.left).toBeGreaterThanOrEqual(leftPanel.r);
    expect(p.left).toBeLessThan(leftPanel.r + 20);
    expect(p.top + 9).toBeCloseTo(300, 0);
  });

  it('moves the label of an anchor under the point panel just left of it', () => {
    const [p] = layoutLabels([label('a', 1000, 200)], view, { covered });
    expect(p.moved).toBe(true);
    expect(p.left + 110).toBeLessThanOrEqual(rightPanel.l);
    expect(p.left + 110).toBeGreaterThan(rightPanel.l - 20);
  });

  it('uses the free space below a short panel when that is nearer', () => {
    const [p] = layoutLabels([label('a', 1000, 400)], view, { covered });
    expect(p.moved).toBe(true);
    expect(p.top).toBeGreaterThanOrEqual(rightPanel.b);
    expect(under(boxOf(p), rightPanel)).toBe(false);
  });

  it('never puts labels under a panel or on each other, for a crowd of anchors on both sides', () => {
    const reqs = Array.from({ length: 14 }, (_, i) =>
      label(String(i), i % 2 ? 150 + i * 3 : 900 + i * 4, 250 + i * 6, i),
    );
    const placed = layoutLabels(reqs, view, { covered });
    expect(placed).toHaveLength(14);
    for (const a of placed) {
      for (const c of covered) expect(under(boxOf(a), c), a.id).toBe(false);
      for (const b of placed) if (a !== b) expect(under(boxOf(a), boxOf(b)), `${a.id} ${b.id}`).toBe(false);
      expect(boxOf(a).l).toBeGreaterThanOrEqual(0);
      expect(boxOf(a).r).toBeLessThanOrEqual(view.width);
    }
  });

  it('leaves a label out when panels cover the whole view', () => {
    const all = [{ l: 0, t: 0, r: 1200, b: 700 }];
    expect(layoutLabels([label('a', 600, 300)], view, { covered: all })).toEqual([]);
  });
});

describe('cun ruler', () => {
  it('puts a tick at every B-cun of the segment, both ends included', () => {
    const ticks = rulerTicks({ from: [0, 1, 0], to: [0, 0.88, 0], cun: 12 }, [0, 0, 1]);
    expect(ticks).toHaveLength(13);
    expect(ticks[6][0][1]).toBeCloseTo(0.94);
    expect(ticks[0][0][0]).not.toBeCloseTo(ticks[0][1][0]); // across the segment, along the skin
  });
});

describe('one layout for point and zone labels', () => {
  // a point inside a zone: the zone's name is anchored a few pixels from the point
  const points: LabelRequest[] = [{ id: '0', x: 400, y: 300, w: 60, h: 18, priority: 1 }];
  const zones: LabelRequest[] = [
    { id: '0', x: 404, y: 302, w: 70, h: 18, priority: 0 },
    { id: '1', x: 380, y: 310, w: 70, h: 18, priority: 1 },
  ];
  const view = { width: 800, height: 600 };

  it('laid out apart, the two kinds can cover each other (the defect this replaces)', () => {
    const p = layoutLabels(points, view, { clear: 0 })[0];
    const z = layoutLabels(zones, view, { clear: 0 });
    expect(z.some((b) => overlap(p, b, 70, 18))).toBe(true);
  });

  it('laid out together, no label of one kind overlaps one of the other', () => {
    const placed = layoutLabelGroups(
      new Map([
        ['zones', zones],
        ['points', points],
      ]),
      ['points', 'zones'],
      view,
      { clear: 0 },
    );
    const p = placed.get('points')!.get('0')!;
    expect(p).toBeDefined();
    const z = [...placed.get('zones')!.values()];
    expect(z.length).toBeGreaterThan(0);
    const boxes = [
      { l: p.left, t: p.top, r: p.left + 60, b: p.top + 18 },
      ...z.map((b) => ({ l: b.left, t: b.top, r: b.left + 70, b: b.top + 18 })),
    ];
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b) expect(a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b).toBe(false);
  });
});

describe('labels that must show', () => {
  // an anchor ringed by eight other markers at 20 px: every spot beside it touches one of their marker boxes
  const ring: LabelRequest[] = Array.from({ length: 8 }, (_, k) => ({
    id: `n${k}`,
    x: 400 + 20 * Math.cos((k * Math.PI) / 4),
    y: 300 + 20 * Math.sin((k * Math.PI) / 4),
    w: 1,
    h: 1,
    priority: 10 + k,
  }));
  const crowded = (keep: boolean): LabelRequest => ({
    id: 'sel',
    x: 400,
    y: 300,
    w: 120,
    h: 24,
    priority: 0,
    keep,
  });

  it('leaves out a crowded label that need not show', () => {
    const placed = layoutLabels([crowded(false), ...ring], { width: 800, height: 600 });
    expect(placed.find((p) => p.id === 'sel')).toBeUndefined();
  });

  it('moves a crowded label that must show to the nearest free spot, flagged moved', () => {
    const placed = layoutLabels([crowded(true), ...ring], { width: 800, height: 600 });
    const sel = placed.find((p) => p.id === 'sel');
    expect(sel?.moved).toBe(true);
    // clear of every marker of the ring, and near its anchor (within a few rows)
    const box = { l: sel!.left, t: sel!.top, r: sel!.left + 120, b: sel!.top + 24 };
    for (const m of ring)
      expect(m.x > box.r + 8 || m.x < box.l - 8 || m.y > box.b + 8 || m.y < box.t - 8).toBe(true);
    expect(Math.abs(box.t + 12 - 300)).toBeLessThan(120);
  });

  it('keeps the flag through a layout of several groups', () => {
    const groups = new Map([
      ['callouts', [crowded(true)]],
      ['points', ring],
    ]);
    const placed = layoutLabelGroups(groups, ['callouts', 'points'], { width: 800, height: 600 });
    expect(placed.get('callouts')?.get('sel')?.moved).toBe(true);
  });
});
