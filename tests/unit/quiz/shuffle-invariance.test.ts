// Shuffling what the learner sees must never change their score: responses are
// stored in authored indexes, and the UI maps display positions back to them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreChoice } from '../../../src/quiz/engine/score-choice';
import { scoreClassify } from '../../../src/quiz/engine/score-classify';
import { scoreOrder } from '../../../src/quiz/engine/score-order';
import { scoreSpotTheMistake } from '../../../src/quiz/engine/score-spot-the-mistake';
import { shuffledIndexes, shuffledOrderFor } from '../../../src/quiz/engine/shuffle';
import { cases } from './arbitraries';

const seed = fc.string({ maxLength: 12 });

describe('shuffling never changes the score', () => {
  it('choice: the order of the picks does not matter', () =>
    fc.assert(
      fc.property(cases.choice, seed, ({ question, response }, s) => {
        const reordered = shuffledIndexes(response.selected.length, s).map((i) => response.selected[i] ?? -1);
        expect(scoreChoice({ selected: reordered }, question)).toEqual(scoreChoice(response, question));
      }),
    ));

  it('spot the mistake: the order of the picks does not matter', () =>
    fc.assert(
      fc.property(cases['spot-the-mistake'], seed, ({ question, response }, s) => {
        const reordered = shuffledIndexes(response.selected.length, s).map((i) => response.selected[i] ?? -1);
        expect(scoreSpotTheMistake({ selected: reordered }, question)).toEqual(scoreSpotTheMistake(response, question));
      }),
    ));

  it('choice: picks on shuffled options, mapped back, score as on the authored ones', () =>
    fc.assert(
      fc.property(cases.choice, seed, ({ question, response: shown }, s) => {
        const display = shuffledIndexes(question.options.length, s);
        const presented = { ...question, options: display.map((i) => question.options[i]!) };
        const authored = shown.selected.map((p) => display[p] ?? p);
        expect(scoreChoice({ selected: authored }, question)).toEqual(scoreChoice(shown, presented));
      }),
    ));

  it('classify: groups given to shuffled items, mapped back, score as on the authored ones', () =>
    fc.assert(
      fc.property(cases.classify, seed, ({ question, response: shown }, s) => {
        if (shown.placed.length !== question.items.length) return; // the length check is covered elsewhere
        const display = shuffledIndexes(question.items.length, s);
        const presented = { ...question, items: display.map((i) => question.items[i]!) };
        const authored = Array<string | null>(shown.placed.length);
        display.forEach((item, p) => (authored[item] = shown.placed[p] ?? null));
        expect(scoreClassify({ placed: authored }, question)).toEqual(scoreClassify(shown, presented));
      }),
    ));

  it('order: an arrangement of the shuffled steps scores one point per step in its authored place', () =>
    fc.assert(
      fc.property(cases.order, seed, ({ question }, salt) => {
        const n = question.items.length;
        const display = shuffledOrderFor(question, salt);
        fc.assert(
          fc.property(fc.shuffledSubarray(display.map((_, p) => p), { minLength: n, maxLength: n }), (arrangement) => {
            const order = arrangement.map((p) => display[p]!);
            const inPlace = order.filter((item, k) => question.items[item] === question.items[k]).length;
            expect(scoreOrder({ order }, question)).toEqual({ type: 'points', earned: inPlace, total: n });
          }),
          { numRuns: 10 },
        );
      }),
      { numRuns: 50 },
    ));
});
