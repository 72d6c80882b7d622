import type { StudyItem } from './decks';

/** A run of neighbouring points of one channel, to put in order along the channel's course. */
export interface OrderRun {
  /** The first point of the run: the card's item. */
  start: string;
  channel: string;
  /** The run's codes in the channel's order. */
  codes: string[];
}

/** Points in a run: enough to need thought, few enough to keep on screen. */
export const RUN_LENGTH = 5;

/**
 * The order questions of a set of codes: each channel's points among them, sorted along the channel, cut into runs of
 * `size` (a short tail joins the run before it, so no run has fewer than 3 points unless the channel has fewer).
 */
export function orderRuns(
  codes: readonly string[],
  items: readonly StudyItem[],
  size = RUN_LENGTH,
): OrderRun[] {
  const wanted = new Set(codes);
  const byChannel = new Map<string, StudyItem[]>();
  for (const i of items) {
    if (!wanted.has(i.code) || !i.channel || i.order === undefined) continue;
    byChannel.set(i.channel, [...(byChannel.get(i.channel) ?? []), i]);
  }
  const runs: OrderRun[] = [];
  for (const [channel, list] of byChannel) {
    const sorted = list.sort((a, b) => a.order! - b.order!).map((i) => i.code);
    if (sorted.length < 2) continue;
    const chunks: string[][] = [];
    for (let i = 0; i < sorted.length; i += size) chunks.push(sorted.slice(i, i + size));
    const last = chunks[chunks.length - 1];
    if (chunks.length > 1 && last.length < 3) chunks[chunks.length - 2].push(...chunks.pop()!);
    for (const c of chunks) runs.push({ start: c[0], channel, codes: c });
  }
  return runs;
}

/** Moves the code at `from` to `to` in a copy of the list (an arrow key press in the order quiz). */
export function moveCode(list: readonly string[], from: number, to: number): string[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [code] = out.splice(from, 1);
  out.splice(to, 0, code);
  return out;
}

/** True when the codes are in the run's order. */
export const inOrder = (run: OrderRun, given: readonly string[]): boolean =>
  given.length === run.codes.length && run.codes.every((c, i) => given[i] === c);
