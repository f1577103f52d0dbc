// Practice must measure the skill: across the course, neither "pick the
// longest" nor "pick the first" may win more than 40% of the time. Run this
// file alone to see the figures and the offending questions:
//   npx vitest run tests/unit/content/answer-giveaways.test.ts
import { describe, expect, it } from 'vitest';
import { choiceQuestion, dialogueQuestion } from '../quiz/builders';
import { firstWins, longestWins, shortestWins, picksIn, shareOf, type Pick } from './answer-giveaways';
import { quizzes } from './quiz-content';

const LIMIT = 0.4;
const picks = picksIn(quizzes.flatMap((q) => q.questions));
const percent = (n: number) => `${Math.round(n * 100)}%`;
const report = (label: string, of: readonly Pick[], test: (p: Pick) => boolean) => {
  const s = shareOf(of, test);
  console.log(`${label}: ${s.hits} of ${s.of} (${percent(s.share)}, limit ${percent(LIMIT)})${s.offenders.length ? `\n  ${s.offenders.join('\n  ')}` : ''}`);
  return s;
};

describe('answers cannot be found without learning', () => {
  it('the right answer is the longest option in at most 40% of single-answer choice questions', () => {
    const s = report('choice: right answer is the longest', picks.filter((p) => p.kind === 'choice'), longestWins);
    expect(s.of).toBeGreaterThan(0);
    expect(s.share).toBeLessThanOrEqual(LIMIT);
  });

  it('the best reply is the longest at most 40% of dialogue steps', () => {
    const s = report('dialogue: best reply is the longest', picks.filter((p) => p.kind === 'dialogue step'), longestWins);
    expect(s.of).toBeGreaterThan(0);
    expect(s.share).toBeLessThanOrEqual(LIMIT);
  });

  it('nor is the right answer the shortest in more than 40% of single answers and steps (trimming every right answer gives it away too)', () => {
    const s = report('choice and dialogue: right answer is the shortest', picks, shortestWins);
    expect(s.share).toBeLessThanOrEqual(LIMIT);
  });

  it('where options keep their authored order, the right one is first at most 40% of the time', () => {
    const s = report('authored order (shuffle: false): right answer first', picks.filter((p) => p.authoredOrder), firstWins);
    expect(s.share).toBeLessThanOrEqual(LIMIT);
  });
});

// The measures themselves, on questions built to give the answer away or not.
describe('the giveaway measures', () => {
  it('count a single-answer choice whose right option is longest, and not one whose right option is not', () => {
    const giveaway = choiceQuestion(); // builders: option b ("Greet them and say who you are") is right and longest
    const fair = choiceQuestion({ id: 'fair', options: [
      { id: 'a', text: 'Launch straight into the pitch today', feedback: 'f' },
      { id: 'b', text: 'Greet them, say who', correct: true, feedback: 'f' },
    ] });
    expect(picksIn([giveaway, fair]).map(longestWins)).toEqual([true, false]);
  });

  it('leave out multiple-answer questions and dialogue steps where every reply earns the same', () => {
    const multiple = choiceQuestion({ id: 'multi', multiple: true });
    expect(picksIn([multiple])).toEqual([]);
    const steps = picksIn([dialogueQuestion()]);
    for (const step of steps) expect(new Set(step.best).size).toBe(2);
  });

  it('count a first-placed right answer only as "first wins"', () => {
    const first = choiceQuestion({ id: 'first', shuffle: false, options: [
      { id: 'a', text: 'Right', correct: true, feedback: 'f' },
      { id: 'b', text: 'Wrong', feedback: 'f' },
    ] });
    const [pick] = picksIn([first]);
    expect(pick && firstWins(pick)).toBe(true);
    expect(pick?.authoredOrder).toBe(true);
    expect(shareOf(picksIn([first, choiceQuestion()]), firstWins)).toMatchObject({ hits: 1, of: 2, share: 0.5, offenders: ['first'] });
  });
});
