import { describe, expect, it } from 'vitest';
import { scoreQuestion, scorers } from '../../../src/quiz/engine/index';
import { QuestionSchema } from '../../../src/quiz/schema';
import { classifyQuestion, dialogueQuestion, oneOfEachKind, orderQuestion, rewriteQuestion } from './builders';

const unreadable = { type: 'invalid', message: 'This answer could not be read; please answer the question again.' };

describe('scorers', () => {
  it('has one scorer for every kind in the schema, and no more', () => {
    const kinds = QuestionSchema.options.map((o) => o.shape.kind.value).sort();
    expect(Object.keys(scorers).sort()).toEqual(kinds);
  });
});

describe('scoreQuestion', () => {
  it.each([
    [orderQuestion(), { order: [0, 1, 3, 2] }, { type: 'points', earned: 2, total: 4 }],
    [classifyQuestion(), { placed: ['good', 'poor', 'good', 'good'] }, { type: 'points', earned: 3, total: 4 }],
    [dialogueQuestion(), { path: [0, 0] }, { type: 'points', earned: 4, total: 5 }],
    [rewriteQuestion(), { text: 'Hi Sam.', ticked: ['value'] }, { type: 'points', earned: 1, total: 3 }],
  ])('dispatches %# to its kind’s scorer', (question, response, score) => expect(scoreQuestion(question, response)).toEqual(score));

  it('passes the scorer’s own invalid message through', () =>
    expect(scoreQuestion(orderQuestion(), { order: [0, 1] })).toEqual({ type: 'invalid', message: 'Place every step before checking.' }));

  it.each([
    ['null', null],
    ['a string', 'B'],
    ['another kind’s shape', { order: [0, 1, 2, 3] }],
    ['a string index', { selected: ['1'] }],
  ])('calls a response it cannot read (%s) invalid', (_case, response) => {
    for (const question of oneOfEachKind().filter((q) => q.kind !== 'order')) expect(scoreQuestion(question, response)).toEqual(unreadable);
  });

  it('ignores extra fields a newer or older client may have stored', () =>
    expect(scoreQuestion(orderQuestion(), { order: [0, 1, 2, 3], savedAt: 123 })).toEqual({ type: 'points', earned: 4, total: 4 }));
});
