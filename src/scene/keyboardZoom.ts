import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

/**
 * Makes the 3D view reachable and usable by keyboard: it takes focus (Tab), the arrow keys pan (OrbitControls),
 * `+`/`-` zoom toward the centre of orbit, and the preset buttons do the rest. Returns the cleanup.
 */
export function enableKeyboard(
  el: HTMLCanvasElement,
  controls: OrbitControls,
  invalidate: () => void,
): () => void {
  el.tabIndex = 0;
  el.setAttribute('role', 'img');
  el.setAttribute(
    'aria-label',
    '3D view of the body. Arrow keys pan, plus and minus zoom; use the preset view buttons to turn the body.',
  );
  const onKey = (e: KeyboardEvent) => {
    const k = e.key === '+' || e.key === '=' ? 0.85 : e.key === '-' || e.key === '_' ? 1 / 0.85 : 0;
    if (!k) return;
    e.preventDefault();
    const offset = controls.object.position.clone().sub(controls.target).multiplyScalar(k);
    const d = offset.length();
    if (d < controls.minDistance || d > controls.maxDistance) return;
    controls.object.position.copy(controls.target).add(offset);
    controls.update();
    invalidate();
  };
  el.addEventListener('keydown', onKey);
  return () => el.removeEventListener('keydown', onKey);
}
