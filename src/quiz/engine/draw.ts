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

const shuffled = <T>(list: readonly T[], seed: string): T[] => shuffledIndexes(list.length, seed).flatMap((i) => (i < list.length ? [list[i] as T] : []));

/**
 * `count` distinct questions (by id). `previous` holds the ids the learner met
 * on their last attempt. Coverage is greedy: the idea with the fewest questions
 * left is served first, by a question new to the learner if one covers it,
 * otherwise by the seeded rank, so the covering questions vary from attempt to
 * attempt. Only when that leaves an idea unmet does it try again, preferring
 * the questions that meet the most unmet ideas (fewer questions, but the same
 * few each time).
 */
export function drawQuestions<Q extends Drawable>(pool: readonly Q[], count: number, seed: string, previous: readonly string[] = []): Q[] {
  const unique = [...new Map(pool.map((q) => [q.id, q] as const)).values()];
  const seen = new Set(previous);
  // The preference order: a seeded shuffle, questions not met last time first.
  const ranked = shuffled(unique, seed);
  const preferred = [...ranked.filter((q) => !seen.has(q.id)), ...ranked.filter((q) => seen.has(q.id))];
  const wanted = Math.min(Math.max(0, Math.floor(count)), unique.length);
  const ideas = shuffled([...new Set(unique.flatMap((q) => q.ideas ?? []))], `${seed}:ideas`);

  const cover = (byGain: boolean) => {
    const unmet = new Set(ideas);
    const left = [...preferred];
    const drawn: Q[] = [];
    const gain = (q: Q) => (byGain ? (q.ideas ?? []).filter((idea) => unmet.has(idea)).length : 0);
    while (drawn.length < wanted && unmet.size > 0) {
      const holders = [...unmet].map((idea) => ({ idea, candidates: left.filter((q) => q.ideas?.includes(idea)) }));
      // Rarest first: an idea only one question assesses must not lose that question's place to a common one.
      const { idea, candidates } = holders.reduce((a, b) => (b.candidates.length < a.candidates.length ? b : a));
      // `left` is in preference order, so on equal gain the first candidate is the fresher, better-ranked one.
      const best = candidates.reduce<Q | undefined>((a, q) => (a === undefined || (seen.has(a.id) === seen.has(q.id) && gain(q) > gain(a)) ? q : a), undefined);
      if (best === undefined) {
        unmet.delete(idea);
        continue;
      }
      drawn.push(best);
      left.splice(left.indexOf(best), 1);
      for (const met of best.ideas ?? []) unmet.delete(met);
    }
    return { drawn, left, metAll: [...unmet].every((idea) => !left.some((q) => q.ideas?.includes(idea))) };
  };

  const first = cover(false);
  let { drawn, left } = first;
  if (!first.metAll) ({ drawn, left } = cover(true));
  drawn.push(...left.slice(0, wanted - drawn.length));
  // Asked in a shuffled order, so the coverage picks do not come first as a block.
  return shuffled(drawn, `${seed}:order`);
}
