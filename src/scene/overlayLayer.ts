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
