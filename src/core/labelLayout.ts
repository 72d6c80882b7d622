/** A label to place next to an anchor on screen (CSS px); lower `priority` places first. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  priority: number;
  /**
   * A label that must show (the hovered and selected point's name, a tour's callout): when every spot beside its
   * anchor is taken, it goes to the nearest free spot instead of being left out, flagged `moved`.
   */
  keep?: boolean;
}

/**
 * Where a label goes: its top-left corner. `moved` is set when the label could not sit next to its anchor (the anchor
 * or every spot around it is under a panel) and was put in the nearest free part of the view instead.
 */
export interface LabelPlacement {
  id: string;
  left: number;
  top: number;
  moved?: boolean;
}

/** A screen rectangle (CSS px, same space as the requests): left, top, right, bottom. */
export interface ScreenBox {
  l: number;
  t: number;
  r: number;
  b: number;
}

export interface LabelLayoutOptions {
  /** Radius (px) kept clear around every anchor's marker. */
  clear?: number;
  /** Least gap (px) between two labels. */
  gap?: number;
  /** Parts of the view covered by something drawn over it (side panels): no label is placed there. */
  covered?: readonly ScreenBox[];
}

const overlaps = (a: ScreenBox, b: ScreenBox, gap: number): boolean =>
  a.l < b.r + gap && b.l < a.r + gap && a.t < b.b + gap && b.t < a.b + gap;

const contains = (a: ScreenBox, x: number, y: number): boolean =>
  x >= a.l && x <= a.r && y >= a.t && y <= a.b;

/** Distance (px) from a point to the nearest point of a box; 0 inside. */
const reach = (x: number, y: number, a: ScreenBox): number =>
  Math.hypot(Math.max(a.l - x, 0, x - a.r), Math.max(a.t - y, 0, y - a.b));

/**
 * Greedy label placement that never overlaps: each label tries right, left, above and below its anchor, keeping
 * clear of labels already placed, of the other anchors' markers (radius `clear`), of the covered areas and of the
 * viewport's edges. A label whose anchor lies under a covered area, or whose every spot around the anchor is under
 * one, or a label to `keep` that found no spot beside its anchor, goes to the free spot nearest its anchor (flagged
 * `moved`). Other labels that fit nowhere are left out.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  viewport: { width: number; height: number },
  { clear = 8, gap = 2, covered = [] }: LabelLayoutOptions = {},
): LabelPlacement[] {
  const placed: ScreenBox[] = [];
  const markers: ScreenBox[] = requests.map((q) => ({
    l: q.x - clear,
    t: q.y - clear,
    r: q.x + clear,
    b: q.y + clear,
  }));
  const inView = (a: ScreenBox) => a.l >= 0 && a.t >= 0 && a.r <= viewport.width && a.b <= viewport.height;
  const free = (a: ScreenBox) =>
    inView(a) &&
    !covered.some((c) => overlaps(c, a, 0)) &&
    !placed.some((p) => overlaps(p, a, gap)) &&
    !markers.some((m) => overlaps(m, a, 0));
  const out: LabelPlacement[] = [];
  const order = [...requests].sort((a, b) => a.priority - b.priority);
  for (const q of order) {
    const d = clear + 3;
    const near: [number, number][] = [
      [q.x + d, q.y - q.h / 2],
      [q.x - d - q.w, q.y - q.h / 2],
      [q.x - q.w / 2, q.y - d - q.h],
      [q.x - q.w / 2, q.y + d],
      [q.x + d, q.y - d - q.h],
      [q.x + d, q.y + d],
      [q.x - d - q.w, q.y - d - q.h],
      [q.x - d - q.w, q.y + d],
    ];
    const box = ([l, t]: [number, number]): ScreenBox => ({ l, t, r: l + q.w, b: t + q.h });
    let spot = near.map(box).find(free);
    let moved = false;
    const underCover =
      covered.some((c) => contains(c, q.x, q.y)) ||
      near.some((p) => covered.some((c) => overlaps(c, box(p), 0)));
    if (!spot && (underCover || q.keep)) {
      spot = nearestFreeSpot(q, d, gap, covered, free);
      moved = spot !== undefined;
    }
    if (!spot) continue;
    placed.push(spot);
    out.push(
      moved ? { id: q.id, left: spot.l, top: spot.t, moved } : { id: q.id, left: spot.l, top: spot.t },
    );
  }
  return out;
}

/**
 * The free spot nearest an anchor, searched along the covered areas' edges and in rows above and below the anchor:
 * the anchor under a panel gets its label just beside that panel, at the anchor's height when it can.
 */
function nearestFreeSpot(
  q: LabelRequest,
  d: number,
  gap: number,
  covered: readonly ScreenBox[],
  free: (a: ScreenBox) => boolean,
): ScreenBox | undefined {
  const xs = [q.x + d, q.x - d - q.w, q.x - q.w / 2, ...covered.flatMap((c) => [c.r + d, c.l - d - q.w])];
  const row = q.h + gap;
  const ys = [
    ...Array.from({ length: 41 }, (_, k) => q.y - q.h / 2 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * row),
    ...covered.flatMap((c) => [c.b + d, c.t - d - q.h]),
  ];
  let best: ScreenBox | undefined;
  let bestD = Infinity;
  for (const l of xs)
    for (const t of ys) {
      const a = { l, t, r: l + q.w, b: t + q.h };
      const dist = reach(q.x, q.y, a);
      if (dist < bestD && free(a)) [best, bestD] = [a, dist];
    }
  return best;
}

/**
 * One layout for several kinds of label (point names, zone names): every group's requests placed together, in
 * priority order across groups, so that no label of one kind can cover a label of another. `rank` lists the groups
 * in the order they place (earlier first); within a group each request's own priority orders it. Returns each
 * group's placements by its own request ids.
 */
export function layoutLabelGroups(
  groups: ReadonlyMap<string, readonly LabelRequest[]>,
  rank: readonly string[],
  viewport: { width: number; height: number },
  options: LabelLayoutOptions = {},
): Map<string, Map<string, LabelPlacement>> {
  const order = [...groups.keys()].sort(
    (a, b) => (rank.indexOf(a) + 1 || Infinity) - (rank.indexOf(b) + 1 || Infinity),
  );
  const all: LabelRequest[] = [];
  const owner = new Map<string, { group: string; id: string }>();
  order.forEach((group, g) => {
    const requests = [...(groups.get(group) ?? [])].sort((a, b) => a.priority - b.priority);
    requests.forEach((q, i) => {
      const id = `${g}:${i}`;
      owner.set(id, { group, id: q.id });
      // the groups' ranks first, then each request's place in its group
      all.push({ ...q, id, priority: g * 1e6 + i });
    });
  });
  const out = new Map(order.map((g) => [g, new Map<string, LabelPlacement>()]));
  for (const p of layoutLabels(all, viewport, options)) {
    const o = owner.get(p.id)!;
    out.get(o.group)!.set(o.id, { ...p, id: o.id });
  }
  return out;
}
