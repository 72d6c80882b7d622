import { useEffect } from 'react';

/**
 * The number keys 1… pick the choices of a question while it waits for an answer (not while typing in a field, nor
 * with a modifier held, so the browser's own shortcuts still work).
 */
export function useNumberKeys(codes: readonly string[], active: boolean, pick: (code: string) => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const n = Number(e.key);
      const code = Number.isInteger(n) && n >= 1 ? codes[n - 1] : undefined;
      if (!code || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      e.preventDefault();
      pick(code);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [codes, active, pick]);
}
