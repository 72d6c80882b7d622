import { useEffect, useRef } from 'react';

/** What a picking layer does with the pointer over the canvas. */
export interface CanvasPointerHandlers {
  /** The pointer moved with no button down: called at most once per animation frame, with the latest move. */
  hover: (e: PointerEvent) => void;
  /** A primary-button press and release that did not drag (moved at most `DRAG_PX`). */
  click: (e: PointerEvent) => void;
  /** The pointer left the canvas. */
  leave: () => void;
}

/** How far (CSS px) the pointer may move between press and release and still make a click, not an orbit drag. */
export const DRAG_PX = 4;

/**
 * Hover and click on a canvas, kept apart from orbit drags: hover is throttled to one call a frame and paused while a
 * button is down; a click is a primary-button release near its press. The handlers may change every render (they are
 * read when an event arrives); the listeners are attached once per element.
 */
export function useCanvasPointer(el: HTMLElement, handlers: CanvasPointerHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    let down: { x: number; y: number } | null = null;
    let frame = 0;
    let last: PointerEvent | null = null;
    const onMove = (e: PointerEvent) => {
      last = e;
      if (down || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last && !down) current.current.hover(last);
      });
    };
    const onDown = (e: PointerEvent) => (down = { x: e.clientX, y: e.clientY });
    const onUp = (e: PointerEvent) => {
      const start = down;
      down = null;
      if (!start || e.button !== 0) return;
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > DRAG_PX) return; // a drag, not a click
      current.current.click(e);
    };
    const onLeave = () => current.current.leave();
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointerleave', onLeave);
    };
  }, [el]);
}
