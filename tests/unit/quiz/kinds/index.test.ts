import { describe, expect, it } from 'vitest';
import { describers, responseSchemas, scoreQuestion, scorers } from '../../../../src/quiz/kinds';
import { QuestionSchema } from '../../../../src/quiz/schema';
import { classifyQuestion, dialogueQuestion, oneOfEachKind, orderQuestion, rewriteQuestion } from '../builders';

const unreadable = { type: 'invalid', message: 'This answer could not be read; please answer the question again.' };

describe('the registry', () => {
  it('has one response schema, scorer and describer for every kind in the schema, and no more', () => {
    const kinds = QuestionSchema.options.map((o) => o.shape.kind.value).sort();
    for (const map of [responseSchemas, scorers, describers]) expect(Object.keys(map).sort()).toEqual(kinds);
  });
});

describe('scoreQuestion', () => {
  it.each([
    [orderQuestion(), { order: ['a', 'b', 'd', 'c'] }, { type: 'points', earned: 2, total: 4 }],
    [
      classifyQuestion(),
      {
        placed: [
          { item: 'a', group: 'good' },
          { item: 'b', group: 'poor' },
          { item: 'c', group: 'good' },
          { item: 'd', group: 'good' },
        ],
      },
      { type: 'points', earned: 3, total: 4 },
    ],
    [dialogueQuestion(), { path: ['a', 'a'] }, { type: 'points', earned: 4, total: 5 }],
    [rewriteQuestion(), { text: 'Hi Sam.', ticked: ['value'] }, { type: 'points', earned: 1, total: 3 }],
  ])('dispatches %# to its kind’s scorer', (question, response, score) => expect(scoreQuestion(question, response)).toEqual(score));

  it('passes the scorer’s own invalid message through', () =>
    expect(scoreQuestion(orderQuestion(), { order: ['a', 'b'] })).toEqual({ type: 'invalid', message: 'Place every step before checking.' }));

  it.each([
    ['null', null],
    ['a string', 'B'],
    ['another kind’s shape', { order: ['a', 'b', 'c', 'd'] }],
    ['a version 1 response (positions, not ids)', { selected: [1], path: [1, 0], placed: ['good', 'poor', 'good', 'poor'] }],
  ])('calls a response it cannot read (%s) invalid', (_case, response) => {
    for (const question of oneOfEachKind().filter((q) => q.kind !== 'order')) expect(scoreQuestion(question, response)).toEqual(unreadable);
  });

  it('ignores extra fields a newer or older client may have stored', () =>
    expect(scoreQuestion(orderQuestion(), { order: ['a', 'b', 'c', 'd'], savedAt: 123 })).toEqual({ type: 'points', earned: 4, total: 4 }));
});
