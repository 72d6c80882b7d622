// One character per vertex or site: 'A' + index, '.' for none (the ear map files store labels so).

/** Decodes a label string into indices (−1 for none). */
export const decodeLabels = (s: string): Int16Array =>
  Int16Array.from(s, (c) => (c === '.' ? -1 : c.charCodeAt(0) - 65));

/** Encodes indices (−1 for none) as a label string. */
export const encodeLabels = (labels: ArrayLike<number>): string =>
  Array.from(labels, (i) => (i < 0 ? '.' : String.fromCharCode(65 + i))).join('');
