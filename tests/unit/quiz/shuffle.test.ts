import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayOrderFor, hashSeed, shuffledIndexes, shuffledOrderFor } from '../../../src/quiz/engine/shuffle';
import { choiceQuestion, classifyQuestion, orderQuestion } from './builders';

const isPermutation = (order: number[], n: number) => [...order].sort((a, b) => a - b).every((v, i) => v === i) && order.length === n;

describe('shuffledIndexes', () => {
  it('is a permutation of 0..n-1, the same for the same seed', () =>
    fc.assert(
      fc.property(fc.nat(40), fc.string(), (n, seed) => {
        const order = shuffledIndexes(n, seed);
        expect(isPermutation(order, n)).toBe(true);
        expect(shuffledIndexes(n, seed)).toEqual(order);
      }),
    ));

  it('gives an empty order for zero or negative n', () => {
    expect(shuffledIndexes(0, 'x')).toEqual([]);
    expect(shuffledIndexes(-3, 'x')).toEqual([]);
  });

  it('spreads seeds over every order of three items', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 600; i++) {
      const key = shuffledIndexes(3, `seed-${i}`).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(count).toBeGreaterThan(60);
  });

  it('hashes with FNV-1a', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
  });
});

describe('shuffledOrderFor', () => {
  const question = orderQuestion();

  it('never shows an order question already solved, and is stable per id and salt', () =>
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/), fc.string(), (n, id, salt) => {
        const q = orderQuestion({ id, items: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, text: `Step ${i}` })) });
        const order = shuffledOrderFor(q, salt);
        expect(isPermutation(order, n)).toBe(true);
        expect(order.some((item, position) => item !== position)).toBe(true);
        expect(shuffledOrderFor(q, salt)).toEqual(order);
      }),
    ));

  it('rotates by one when the draw comes out in the right order', () => {
    const salt = Array.from({ length: 200 }, (_, i) => `#${i}`).find((s) => shuffledIndexes(4, question.id + s).join() === '0,1,2,3');
    expect(salt).toBeDefined();
    expect(shuffledOrderFor(question, salt)).toEqual([1, 2, 3, 0]);
  });
});

describe('displayOrderFor', () => {
  it('keeps authored order when the question turns shuffling off', () => {
    expect(displayOrderFor(choiceQuestion({ shuffle: false }))).toEqual([0, 1, 2]);
    expect(displayOrderFor(classifyQuestion({ shuffle: false }))).toEqual([0, 1, 2, 3]);
  });

  it('shuffles by question id by default, and always shuffles order questions', () => {
    const q = classifyQuestion();
    expect(displayOrderFor(q)).toEqual(shuffledIndexes(4, q.id));
    expect(displayOrderFor(orderQuestion(), 'try-2')).toEqual(shuffledOrderFor(orderQuestion(), 'try-2'));
  });
});
