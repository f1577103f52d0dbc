import { describe, expect, it } from 'vitest';
import { scoreChoice } from '../../../src/quiz/engine/score-choice';
import { choiceQuestion, multipleChoiceQuestion } from './builders';

const single = choiceQuestion();
const multiple = multipleChoiceQuestion();

describe('scoreChoice, single answer', () => {
  it('gives 1 of 1 for the right option', () => expect(scoreChoice({ selected: [1] }, single)).toEqual({ type: 'points', earned: 1, total: 1 }));
  it('gives 0 of 1 for a wrong option', () => expect(scoreChoice({ selected: [2] }, single)).toEqual({ type: 'points', earned: 0, total: 1 }));

  it.each([
    ['nothing picked', [], 'Pick an answer first.'],
    ['two picks', [0, 1], 'Pick just one answer.'],
    ['an index past the end', [3], 'One of your picks is not one of the options; please pick again.'],
    ['a negative index', [-1], 'One of your picks is not one of the options; please pick again.'],
    ['a fractional index', [0.5], 'One of your picks is not one of the options; please pick again.'],
    ['the same option twice', [1, 1], 'Each of the options can be picked only once.'],
  ])('is invalid with %s', (_case, selected, message) => {
    expect(scoreChoice({ selected }, single)).toEqual({ type: 'invalid', message });
  });
});

describe('scoreChoice, multiple answers', () => {
  it.each([
    [[0, 2], 2],
    [[2], 1],
    [[0, 1], 0],
    [[0, 2, 1], 1],
    [[1, 3], 0],
    [[0, 1, 2, 3], 0],
  ])('%j earns %i of 2: a wrong pick cancels a right one, never below zero', (selected, earned) => {
    expect(scoreChoice({ selected }, multiple)).toEqual({ type: 'points', earned, total: 2 });
  });

  it('is invalid with nothing picked', () =>
    expect(scoreChoice({ selected: [] }, multiple)).toEqual({ type: 'invalid', message: 'Pick at least one answer first.' }));
  it('is invalid with an unknown option', () => expect(scoreChoice({ selected: [0, 4] }, multiple).type).toBe('invalid'));
  it('is invalid with a duplicate', () => expect(scoreChoice({ selected: [0, 0] }, multiple).type).toBe('invalid'));
});
