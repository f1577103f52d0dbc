import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replyOrder, shuffledIndexes } from '../../../src/quiz/engine/shuffle';

const isPermutation = (order: number[], n: number) => order.length === n && [...order].sort((a, b) => a - b).every((v, i) => v === i);

describe('replyOrder', () => {
  it('is a permutation of the replies, the same for the same seed and previous order', () =>
    fc.assert(
      fc.property(fc.nat(8), fc.string(), fc.string(), (n, seed, other) => {
        const previous = shuffledIndexes(n, other);
        const order = replyOrder(n, seed, previous);
        expect(isPermutation(order, n)).toBe(true);
        expect(replyOrder(n, seed, previous)).toEqual(order);
      }),
    ));

  it('never shows two or more replies in the order of the last attempt', () =>
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.array(fc.string(), { minLength: 2, maxLength: 12 }), (n, seeds) => {
        // A chain of retries, each one seeded afresh and told what the last one showed.
        let previous: number[] = [];
        for (const seed of seeds) {
          const order = replyOrder(n, seed, previous);
          expect(order).not.toEqual(previous);
          previous = order;
        }
      }),
    ));

  it('moves every reply when the fresh draw repeats the last order', () => {
    const repeated = shuffledIndexes(4, 'seed');
    const order = replyOrder(4, 'seed', repeated);
    order.forEach((reply, position) => expect(reply).not.toBe(repeated[position]));
  });

  it('puts the best reply (authored first) first in about a third of three-reply attempts, not always', () => {
    const first = Array.from({ length: 900 }, (_, i) => replyOrder(3, `attempt-${i}`)[0]).filter((reply) => reply === 0).length;
    expect(first).toBeGreaterThan(240);
    expect(first).toBeLessThan(360);
  });

  it('has a single reply stay where it is', () => expect(replyOrder(1, 'x', [0])).toEqual([0]));
});
