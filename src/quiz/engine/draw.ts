/**
 * Drawing a quiz from a pool (the final assessment asks `draw` of its questions).
 * Deterministic for a seed so a learner's attempt can be rebuilt from the
 * stored seed; the UI makes the seed (this module never calls Math.random).
 *
 * What a fair draw means here, in priority order:
 *   1. every idea the pool assesses is met at least once, where `count` allows;
 *   2. questions from the previous attempt come last, so a retry is mostly new;
 *   3. otherwise every question is as likely as any other, whatever its kind
 *      (drawing by kind put each of a few dialogues in every attempt).
 */
import { shuffledIndexes } from './shuffle';

/** What the draw needs to know of a question. */
export interface Drawable {
  id: string;
  /** Idea ids (content/ideas.yaml) the question assesses, through its objectives. */
  ideas?: readonly string[];
}

const shuffled = <T>(list: readonly T[], seed: string): T[] =>
  shuffledIndexes(list.length, seed).flatMap((i) => (i < list.length ? [list[i] as T] : []));

/**
 * `count` distinct questions (by id). `previous` holds the ids the learner met
 * on their last attempt. Coverage is greedy: the idea with the fewest questions
 * left is served first, by a question new to the learner if one covers it, and
 * among those by the one meeting most ideas still unmet, so coverage spends few
 * questions and the rest of the draw stays random.
 */
export function drawQuestions<Q extends Drawable>(pool: readonly Q[], count: number, seed: string, previous: readonly string[] = []): Q[] {
  const unique = [...new Map(pool.map((q) => [q.id, q] as const)).values()];
  const seen = new Set(previous);
  // The preference order: a seeded shuffle, questions not met last time first.
  const ranked = shuffled(unique, seed);
  const preferred = [...ranked.filter((q) => !seen.has(q.id)), ...ranked.filter((q) => seen.has(q.id))];
  const rank = new Map(preferred.map((q, i) => [q.id, i]));
  const wanted = Math.min(Math.max(0, Math.floor(count)), unique.length);

  const unmet = new Set(shuffled([...new Set(unique.flatMap((q) => q.ideas ?? []))], `${seed}:ideas`));
  const gain = (q: Q) => (q.ideas ?? []).filter((idea) => unmet.has(idea)).length;
  // Above zero when q serves better than a: new to the learner, then meeting more unmet ideas, then the seeded rank.
  const better = (q: Q, a: Q) =>
    Number(!seen.has(q.id)) - Number(!seen.has(a.id)) || gain(q) - gain(a) || (rank.get(a.id) ?? 0) - (rank.get(q.id) ?? 0);
  const drawn: Q[] = [];
  const left = new Set(preferred);
  const take = (q: Q) => {
    drawn.push(q);
    left.delete(q);
    for (const idea of q.ideas ?? []) unmet.delete(idea);
  };

  while (drawn.length < wanted && unmet.size > 0) {
    const holders = [...unmet].map((idea) => ({ idea, candidates: [...left].filter((q) => q.ideas?.includes(idea)) }));
    // Rarest first: an idea only one question assesses must not lose that question's place to a common one.
    const { idea, candidates } = holders.reduce((a, b) => (b.candidates.length < a.candidates.length ? b : a));
    const best = candidates.reduce<Q | undefined>((a, q) => (a === undefined || better(q, a) > 0 ? q : a), undefined);
    if (best === undefined) unmet.delete(idea);
    else take(best);
  }
  for (const q of preferred) if (drawn.length < wanted && left.has(q)) take(q);
  // Asked in a shuffled order, so the coverage picks do not come first as a block.
  return shuffled(drawn, `${seed}:order`);
}
