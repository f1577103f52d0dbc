/**
 * Drawing a quiz from a pool (the final assessment asks `draw` of its questions).
 * Deterministic for a seed so a learner's attempt can be rebuilt from the
 * stored seed; the UI makes the seed (this module never calls Math.random).
 */
import type { Question } from '../schema';
import { shuffledIndexes } from './shuffle';

const shuffled = <T>(list: readonly T[], seed: string): T[] =>
  shuffledIndexes(list.length, seed).flatMap((i) => (i < list.length ? [list[i] as T] : []));

/**
 * `count` distinct questions (by id), mixing kinds: each kind's questions are
 * shuffled, then taken round-robin across kinds in a shuffled kind order, so a
 * small draw still meets as many kinds as it can and no kind comes in a block.
 */
export function drawQuestions<Q extends Pick<Question, 'id' | 'kind'>>(pool: readonly Q[], count: number, seed: string): Q[] {
  const byKind = new Map<string, Q[]>();
  const seen = new Set<string>();
  for (const question of pool) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    byKind.set(question.kind, [...(byKind.get(question.kind) ?? []), question]);
  }

  const queues = shuffled([...byKind.entries()], `${seed}:kinds`).map(([kind, list]) => shuffled(list, `${seed}:${kind}`));
  const wanted = Math.min(Math.max(0, Math.floor(count)), seen.size);
  const drawn: Q[] = [];
  for (let round = 0; drawn.length < wanted; round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next !== undefined && drawn.length < wanted) drawn.push(next);
    }
  }
  return drawn;
}
