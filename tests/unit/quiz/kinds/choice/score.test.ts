import { describe, expect, it } from 'vitest';
import { scoreChoice } from '../../../../../src/quiz/kinds/choice/score';
import { choiceQuestion, multipleChoiceQuestion } from '../../builders';

const single = choiceQuestion();
const multiple = multipleChoiceQuestion();

describe('scoreChoice, single answer', () => {
  it('gives 1 of 1 for the right option', () => expect(scoreChoice({ selected: ['b'] }, single)).toEqual({ type: 'points', earned: 1, total: 1 }));
  it('gives 0 of 1 for a wrong option', () => expect(scoreChoice({ selected: ['c'] }, single)).toEqual({ type: 'points', earned: 0, total: 1 }));

  it.each([
    ['nothing picked', [], 'Pick an answer first.'],
    ['two picks', ['a', 'b'], 'Pick just one answer.'],
    ['an id past the end', ['d'], 'One of your picks is not one of the options; please pick again.'],
    ['a prototype key', ['constructor'], 'One of your picks is not one of the options; please pick again.'],
    ['an id in the wrong case', ['B'], 'One of your picks is not one of the options; please pick again.'],
    ['the same option twice', ['b', 'b'], 'Each of the options can be picked only once.'],
  ])('is invalid with %s', (_case, selected, message) => {
    expect(scoreChoice({ selected }, single)).toEqual({ type: 'invalid', message });
  });
});

describe('scoreChoice, multiple answers', () => {
  it.each([
    [['a', 'c'], 2],
    [['c'], 1],
    [['a', 'b'], 0],
    [['a', 'c', 'b'], 1],
    [['b', 'd'], 0],
    [['a', 'b', 'c', 'd'], 0],
  ])('%j earns %i of 2: a wrong pick cancels a right one, never below zero', (selected, earned) => {
    expect(scoreChoice({ selected }, multiple)).toEqual({ type: 'points', earned, total: 2 });
  });

  it('is invalid with nothing picked', () =>
    expect(scoreChoice({ selected: [] }, multiple)).toEqual({ type: 'invalid', message: 'Pick at least one answer first.' }));
  it('is invalid with an unknown option', () => expect(scoreChoice({ selected: ['a', 'e'] }, multiple).type).toBe('invalid'));
  it('is invalid with a duplicate', () => expect(scoreChoice({ selected: ['a', 'a'] }, multiple).type).toBe('invalid'));
});
