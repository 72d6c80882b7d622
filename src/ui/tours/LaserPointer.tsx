import { useEffect, useRef } from 'react';

/** A bright dot that follows the pointer over the stage, for pointing at the projected body. */
export function LaserPointer() {
  const dot = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const move = (e: PointerEvent) => {
      const el = dot.current;
      if (!el) return;
      el.style.transform = `translate(${e.clientX - 9}px, ${e.clientY - 9}px)`;
      el.style.opacity = '1';
    };
    window.addEventListener('pointermove', move);
    return () => window.removeEventListener('pointermove', move);
  }, []);
  return <div ref={dot} className="laser-pointer" aria-hidden="true" data-testid="laser-pointer" />;
}
