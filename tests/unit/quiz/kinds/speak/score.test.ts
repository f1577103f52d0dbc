import { describe, expect, it } from 'vitest';
import { scoreSpeak } from '../../../../../src/quiz/kinds/speak/score';
import { describeSpeak } from '../../../../../src/quiz/kinds/speak/describe';
import { withoutPageText } from '../../../../../src/quiz/page-text';
import { speakQuestion } from '../../builders';

const question = speakQuestion();

describe('scoreSpeak', () => {
  it.each([
    [[], 0],
    [['reason'], 1],
    [['courtesy', 'reason', 'one-question'], 3],
    [['reason', 'reason', 'courtesy'], 2],
  ])('ticking %j earns %i of 3 (self-assessed, duplicates count once)', (ticked, earned) => {
    expect(scoreSpeak({ ticked, seconds: 14.2, mode: 'recorded' }, question)).toEqual({ type: 'points', earned, total: 3 });
  });

  it.each([
    [
      'nothing said yet',
      { ticked: ['reason'], seconds: 0, mode: 'aloud' as const },
      'Say your part aloud first: start the drill, and stop it when you finish.',
    ],
    ['under a second', { ticked: [], seconds: 0.6, mode: 'recorded' as const }, 'Say your part aloud first: start the drill, and stop it when you finish.'],
    ['not a number', { ticked: [], seconds: Number.NaN, mode: 'aloud' as const }, 'Say your part aloud first: start the drill, and stop it when you finish.'],
    ['an unknown rubric id', { ticked: ['charm'], seconds: 9, mode: 'aloud' as const }, 'One ticked item is not on this checklist; please tick again.'],
  ])('is invalid with %s', (_case, response, message) => {
    expect(scoreSpeak(response, question)).toEqual({ type: 'invalid', message });
  });

  it('scores the quiz data shape the browser has (rubric ids only)', () => {
    const data = withoutPageText(question);
    expect(data).toEqual({
      id: 'speak-q',
      kind: 'speak',
      objectives: question.objectives,
      shuffle: true,
      target: 'opener',
      targetSeconds: 25,
      rubric: [{ id: 'courtesy' }, { id: 'reason' }, { id: 'one-question' }],
    });
    expect(JSON.stringify(data)).not.toContain('Front desk');
    expect(scoreSpeak({ ticked: ['reason'], seconds: 3, mode: 'aloud' }, data as never)).toEqual({ type: 'points', earned: 1, total: 3 });
  });
});

describe('describeSpeak', () => {
  it("says how it was said and that the ticks are the learner's own", () => {
    expect(describeSpeak(question, { ticked: ['reason', 'gone'], seconds: 21.6, mode: 'recorded' })).toEqual([
      'Said it aloud (recorded on their device): 22 s, aiming for about 25 s a reply',
      'Self-assessed, says it did: Gave a reason about them; (unknown "gone")',
    ]);
    expect(describeSpeak(question, { ticked: [], seconds: 4, mode: 'aloud' })).toEqual([
      'Said it aloud (timed, not recorded): 4 s, aiming for about 25 s a reply',
      'Self-assessed, says it did: (none ticked)',
    ]);
  });
});
