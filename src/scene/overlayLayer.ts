/**
 * A DOM layer over the 3D canvas for labels drawn as elements (crisp text): a div of the given class and, under it,
 * an SVG for their leader lines. Appended beside the canvas; `remove()` takes both away.
 */
export function mountOverlayLayer(
  canvas: HTMLCanvasElement,
  layerClass: string,
  leaderClass: string,
  options: { ariaHidden?: boolean } = {},
): { layer: HTMLDivElement; leaders: SVGSVGElement; remove: () => void } {
  const layer = document.createElement('div');
  layer.className = layerClass;
  if (options.ariaHidden) layer.setAttribute('aria-hidden', 'true');
  const leaders = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  leaders.classList.add(leaderClass);
  canvas.parentElement?.append(leaders, layer);
  return {
    layer,
    leaders,
    remove: () => {
      layer.remove();
      leaders.remove();
    },
  };
}

/**
 * A leader line (SVG markup) from an anchor to the nearest point of its label's box: the line that ties a label set
 * apart from its site back to it.
 */
export function leaderLine(
  x: number,
  y: number,
  box: { left: number; top: number; w: number; h: number },
): string {
  const x2 = Math.min(Math.max(x, box.left), box.left + box.w);
  const y2 = Math.min(Math.max(y, box.top), box.top + box.h);
  return `<line x1="${x.toFixed(1)}" y1="${y.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}"/>`;
}
