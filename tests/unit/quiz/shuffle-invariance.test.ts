// Shuffling what the learner sees must never change their score: responses
// name authored ids, never display positions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreChoice } from '../../../src/quiz/kinds/choice/score';
import { scoreClassify } from '../../../src/quiz/kinds/classify/score';
import { scoreOrder } from '../../../src/quiz/kinds/order/score';
import { scoreSpotTheMistake } from '../../../src/quiz/kinds/spot-the-mistake/score';
import { shuffledIndexes, shuffledOrderFor } from '../../../src/quiz/engine/shuffle';
import { cases } from './arbitraries';

const seed = fc.string({ maxLength: 12 });

describe('shuffling never changes the score', () => {
  it('choice: the order of the picks does not matter', () =>
    fc.assert(
      fc.property(cases.choice, seed, ({ question, response }, s) => {
        const reordered = shuffledIndexes(response.selected.length, s).map((i) => response.selected[i] ?? '');
        expect(scoreChoice({ selected: reordered }, question)).toEqual(scoreChoice(response, question));
      }),
    ));

  it('spot the mistake: the order of the picks does not matter', () =>
    fc.assert(
      fc.property(cases['spot-the-mistake'], seed, ({ question, response }, s) => {
        const reordered = shuffledIndexes(response.selected.length, s).map((i) => response.selected[i] ?? '');
        expect(scoreSpotTheMistake({ selected: reordered }, question)).toEqual(scoreSpotTheMistake(response, question));
      }),
    ));

  it('choice: picks on shuffled options score as on the authored ones', () =>
    fc.assert(
      fc.property(cases.choice, seed, ({ question, response }, s) => {
        const display = shuffledIndexes(question.options.length, s);
        const presented = { ...question, options: display.map((i) => question.options[i]!) };
        expect(scoreChoice(response, question)).toEqual(scoreChoice(response, presented));
      }),
    ));

  it('classify: groups given to shuffled items score as on the authored ones, in any order of placing', () =>
    fc.assert(
      fc.property(cases.classify, seed, ({ question, response }, s) => {
        const display = shuffledIndexes(question.items.length, s);
        const presented = { ...question, items: display.map((i) => question.items[i]!) };
        const reordered = shuffledIndexes(response.placed.length, s).map((i) => response.placed[i]!);
        expect(scoreClassify({ placed: reordered }, question)).toEqual(scoreClassify(response, presented));
      }),
    ));

  it('order: an arrangement of the shuffled steps scores one point per step in its authored place', () =>
    fc.assert(
      fc.property(cases.order, seed, ({ question }, salt) => {
        const n = question.items.length;
        const display = shuffledOrderFor(question, salt);
        fc.assert(
          fc.property(
            fc.shuffledSubarray(
              display.map((_, p) => p),
              { minLength: n, maxLength: n },
            ),
            (arrangement) => {
              const order = arrangement.map((p) => question.items[display[p]!]!.id);
              const inPlace = order.filter((id, k) => id === question.items[k]!.id).length;
              expect(scoreOrder({ order }, question)).toEqual({ type: 'points', earned: inPlace, total: n });
            },
          ),
          { numRuns: 10 },
        );
      }),
      { numRuns: 50 },
    ));
});
