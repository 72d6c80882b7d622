import { ANSUR, type GirthName } from '../core/ansur';
import { girths } from '../core/anthropometry';
import type { BodyFit } from './assemble';
import { generateBody, type GeneratedBody } from './generate';
import type { BodyParams } from './params';

/**
 * The fitting loop: generate, measure every girth on the finished skin, scale the matching radii by
 * (target / measured), regenerate. Stops when every girth is within a quarter SD of its mean.
 */
export async function fitBody(
  p: BodyParams,
  start: BodyFit,
  rounds = 4,
  log: (line: string) => void = () => {},
): Promise<{ fit: BodyFit; body: GeneratedBody }> {
  const A = ANSUR[p.sex].girths;
  const fit = { ...start };
  let body = await generateBody(p, fit);
  for (let r = 0; r < rounds; r++) {
    const g = girths(body.skin, body.landmarks.landmarks);
    const names = Object.keys(A) as GirthName[];
    const off = (n: GirthName) => Math.abs(g[n] - A[n].mean) / A[n].sd;
    const worst = Math.max(...names.map(off));
    const summary = names.map((n) => `${n} ${(g[n] * 1000).toFixed(0)}`).join(', ');
    log(`${p.id} round ${r + 1}: worst girth ${worst.toFixed(2)} SD off; ${summary}`);
    if (worst <= 0.25) break;
    for (const n of names)
      if (g[n] > 0 && off(n) > 0.15) fit[n] *= Math.min(1.25, Math.max(0.8, A[n].mean / g[n]));
    body = await generateBody(p, fit);
  }
  return { fit, body };
}
