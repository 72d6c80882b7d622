/** A mark on a figure and where its label goes: beside it, on the side away from the body's midline. */
export interface PlacedLabel {
  x: number;
  y: number;
  /** Where the label's text starts or ends (its anchor), and its baseline. */
  lx: number;
  ly: number;
  anchor: 'start' | 'end';
  text: string;
}

/**
 * Places one label per mark on a figure `width` wide: marks left of the centre are labelled to their left, the others
 * to their right, and on each side labels are pushed down (top to bottom) until none overlaps the one above.
 */
export function placeMarkLabels(
  marks: readonly { x: number; y: number; text: string }[],
  width: number,
  lineHeight: number,
  gap = 10,
): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (const side of ['left', 'right'] as const) {
    const mine = marks
      .filter((m) => m.x < width / 2 === (side === 'left'))
      .sort((a, b) => a.y - b.y || a.x - b.x);
    let bottom = -Infinity;
    for (const m of mine) {
      const ly = Math.max(m.y + lineHeight / 3, bottom + lineHeight);
      bottom = ly;
      out.push({
        x: m.x,
        y: m.y,
        lx: side === 'left' ? m.x - gap : m.x + gap,
        ly,
        anchor: side === 'left' ? 'end' : 'start',
        text: m.text,
      });
    }
  }
  return out;
}
