/** A label to place next to an anchor on screen (CSS px); lower `priority` places first. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  priority: number;
}

/** Where a label goes: its top-left corner. Labels that fit nowhere are left out. */
export interface LabelPlacement {
  id: string;
  left: number;
  top: number;
}

interface Rect {
  l: number;
  t: number;
  r: number;
  b: number;
}

const overlaps = (a: Rect, b: Rect, gap: number): boolean =>
  a.l < b.r + gap && b.l < a.r + gap && a.t < b.b + gap && b.t < a.b + gap;

/**
 * Greedy label placement that never overlaps: each label tries right, left, above and below its anchor, keeping
 * clear of labels already placed, of the other anchors' markers (radius `clear`) and of the viewport's edges.
 */
export function layoutLabels(
  requests: readonly LabelRequest[],
  viewport: { width: number; height: number },
  clear = 8,
  gap = 2,
): LabelPlacement[] {
  const placed: Rect[] = [];
  const markers: Rect[] = requests.map((q) => ({
    l: q.x - clear,
    t: q.y - clear,
    r: q.x + clear,
    b: q.y + clear,
  }));
  const out: LabelPlacement[] = [];
  const order = [...requests].sort((a, b) => a.priority - b.priority);
  for (const q of order) {
    const d = clear + 3;
    const candidates: [number, number][] = [
      [q.x + d, q.y - q.h / 2],
      [q.x - d - q.w, q.y - q.h / 2],
      [q.x - q.w / 2, q.y - d - q.h],
      [q.x - q.w / 2, q.y + d],
      [q.x + d, q.y - d - q.h],
      [q.x + d, q.y + d],
      [q.x - d - q.w, q.y - d - q.h],
      [q.x - d - q.w, q.y + d],
    ];
    for (const [l, t] of candidates) {
      const rect = { l, t, r: l + q.w, b: t + q.h };
      if (l < 0 || t < 0 || rect.r > viewport.width || rect.b > viewport.height) continue;
      if (placed.some((p) => overlaps(p, rect, gap))) continue;
      if (markers.some((m) => overlaps(m, rect, 0))) continue;
      placed.push(rect);
      out.push({ id: q.id, left: l, top: t });
      break;
    }
  }
  return out;
}
