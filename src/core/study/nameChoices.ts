/** An item a name question can ask about or offer as a choice. */
export interface QuizItem {
  code: string;
  /** The name shown with the code ("Zúsānlǐ · Leg Three Miles"). */
  name: string;
  region: string;
  channel?: string;
  /** Its place along the channel (1 for the first point), for choosing near neighbours. */
  order?: number;
  /** The dermatome level it marks (an ISNCSCI key point), for offering the neighbouring levels as choices. */
  level?: string;
}

/** A random number in [0, 1); pass a seeded one for repeatable quizzes. */
export type Random = () => number;

/** A small seeded generator (mulberry32) so a round can be replayed from its seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles a copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The choices of a name question: the answer and up to `count − 1` plausible others, all from the answer's region
 * (never another region), nearest neighbours on its channel first, then other points of the region; each code once.
 * Returned shuffled.
 */
export function nameChoices(
  answer: QuizItem,
  pool: readonly QuizItem[],
  count: number,
  random: Random,
): QuizItem[] {
  const seen = new Set([answer.code]);
  const candidates = pool.filter((p) => p.region === answer.region && !seen.has(p.code) && seen.add(p.code));
  const closeness = (p: QuizItem) =>
    p.channel !== undefined && p.channel === answer.channel
      ? Math.abs((p.order ?? 0) - (answer.order ?? 0))
      : Number.POSITIVE_INFINITY;
  const ranked = shuffled(candidates, random).sort((a, b) => closeness(a) - closeness(b));
  const sameChannel = ranked.filter((p) => Number.isFinite(closeness(p)));
  const others = ranked.filter((p) => !Number.isFinite(closeness(p)));
  // mostly channel neighbours, but at least one point of another channel of the region when there is one
  const want = Math.max(0, count - 1);
  const fromChannel = sameChannel.slice(0, others.length > 0 ? Math.max(0, want - 1) : want);
  const picked = [...fromChannel, ...others].slice(0, want);
  return shuffled([answer, ...picked], random);
}
