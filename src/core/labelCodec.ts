// One character per vertex or site: 'A' + index, '.' for none (the ear map files store labels so).

/** Decodes a label string into indices (−1 for none). A plain loop: `Int16Array.from(s, fn)` walks the string
 *  through its iterator and took ~40 ms for a body's labels, on the way to the first frame. */
export function decodeLabels(s: string): Int16Array {
  const out = new Int16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c === 46 ? -1 : c - 65; // 46: '.'
  }
  return out;
}

/** Encodes indices (−1 for none) as a label string. */
export const encodeLabels = (labels: ArrayLike<number>): string =>
  Array.from(labels, (i) => (i < 0 ? '.' : String.fromCharCode(65 + i))).join('');
