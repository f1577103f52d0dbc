/**
 * Seeded shuffling. The same seed gives the same order on the server render,
 * in the browser and in a re-scored report, so nothing depends on Math.random.
 * Not for anything secret: mulberry32 is small and fast, not cryptographic.
 */
import type { ChoiceQuestion, ClassifyQuestion, OrderQuestion } from '../schema';

/** FNV-1a, 32-bit: turns a text seed (question id + salt) into a number. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: returns a function giving numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n-1 (Fisher-Yates), the same for the same seed. */
export function shuffledIndexes(n: number, seed: string): number[] {
  const order = Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

const isIdentity = (order: readonly number[]) => order.every((item, position) => item === position);

/**
 * Display order for an order question: authored indexes, never already solved.
 * When the draw happens to be the right order, rotating by one keeps it
 * deterministic and puts every item out of place.
 */
export function shuffledOrderFor(question: OrderQuestion, salt = ''): number[] {
  const order = shuffledIndexes(question.items.length, question.id + salt);
  return order.length >= 2 && isIdentity(order) ? [...order.slice(1), ...order.slice(0, 1)] : order;
}

/**
 * Display order of the options or items the learner rearranges or picks from:
 * order questions always shuffle; choice and classify only when authored with
 * `shuffle: true`. Transcripts keep their authored order; dialogue replies are
 * ordered per attempt by `replyOrder`.
 */
export function displayOrderFor(question: ChoiceQuestion | ClassifyQuestion | OrderQuestion, salt = ''): number[] {
  if (question.kind === 'order') return shuffledOrderFor(question, salt);
  const n = question.kind === 'choice' ? question.options.length : question.items.length;
  return question.shuffle ? shuffledIndexes(n, question.id + salt) : Array.from({ length: n }, (_, i) => i);
}

/**
 * Display order of a dialogue node's replies for one attempt. The seed names
 * the attempt (and the node), so a retry shows a new order; when the draw
 * happens to repeat `previous` (the order this node had on the last attempt),
 * rotating by one still moves every reply, so a learner cannot replay a call
 * by position. Responses name choice ids, so scoring never sees this.
 */
export function replyOrder(count: number, seed: string, previous: readonly number[] = []): number[] {
  const order = shuffledIndexes(count, seed);
  const repeats = order.length >= 2 && order.length === previous.length && order.every((item, i) => item === previous[i]);
  return repeats ? [...order.slice(1), ...order.slice(0, 1)] : order;
}
