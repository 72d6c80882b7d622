/** A colour as three sRGB components in 0…1, exactly as CSS shows its hex. */
export type Rgb = readonly [number, number, number];

/**
 * The sRGB components of a CSS hex colour (`#rgb` or `#rrggbb`), with no conversion to linear light. The one colour
 * path of the markers and lines: their shaders write these components straight to the screen (which is sRGB), so a
 * marker, its line and its legend swatch show the same hex. (three's `Color` converts hex to linear components; a
 * shader without three's output conversion then draws them too dark.) Anything unreadable is mid grey.
 */
export function srgbOf(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return [0.5, 0.5, 0.5];
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}
