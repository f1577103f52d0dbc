import { describe, expect, it } from 'vitest';
import { scoreRewrite } from '../../../../../src/quiz/kinds/rewrite/score';
import { rewriteQuestion } from '../../builders';

const question = rewriteQuestion();
const text = 'Hi Sam, Dana at Acme. How do you prepare for calls today?';

describe('scoreRewrite', () => {
  it.each([
    [[], 0],
    [['value'], 1],
    [['courtesy', 'value', 'one-question'], 3],
    [['value', 'value', 'courtesy'], 2],
  ])('ticking %j earns %i of 3 (self-assessed, duplicates count once)', (ticked, earned) => {
    expect(scoreRewrite({ text, ticked }, question)).toEqual({ type: 'points', earned, total: 3 });
  });

  it.each([
    ['empty text', '', [], 'Write your version first.'],
    ['only spaces', '  \n\t ', ['value'], 'Write your version first.'],
    ['text over 2,000 characters', 'a'.repeat(2001), [], 'Keep it under 2,000 characters; a spoken opener is much shorter than that.'],
    ['an unknown rubric id', text, ['value', 'charm'], 'One ticked item is not on this checklist; please tick again.'],
  ])('is invalid with %s', (_case, t, ticked, message) => {
    expect(scoreRewrite({ text: t, ticked }, question)).toEqual({ type: 'invalid', message });
  });
});
