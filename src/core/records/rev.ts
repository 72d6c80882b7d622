import { canonicalJson } from './canonical';

/**
 * Revisions shaped like CouchDB's `_rev`: `<generation>-<hash>`. The hash is SHA-256 (WebCrypto, built into every
 * browser and Node, so no hash code of our own) over the previous rev and the record's content, cut to 32 hex digits
 * (128 bits: collisions are out of reach, rows stay short). Two devices making the same edit from the same parent
 * get the same rev, which is what a later replication needs to tell "same change" from "conflict".
 */
export async function nextRev(prevRev: string | undefined, content: unknown): Promise<string> {
  const generation = prevRev ? revGeneration(prevRev) + 1 : 1;
  const text = canonicalJson({ prev: prevRev ?? null, content });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${generation}-${hex.slice(0, 32)}`;
}

/** The generation of a rev (`3-ab…` → 3); 0 for text that is not a rev. */
export function revGeneration(rev: string): number {
  const m = /^([1-9]\d*)-/.exec(rev);
  return m ? Number(m[1]) : 0;
}

/**
 * Whether `a` is newer than `b`: the later `updatedAt` wins (what a person means by newer), the higher generation
 * breaks a tie.
 */
export function isNewer(
  a: { rev: string; updatedAt: string },
  b: { rev: string; updatedAt: string },
): boolean {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta > tb;
  return revGeneration(a.rev) > revGeneration(b.rev);
}
