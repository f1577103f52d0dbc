import { describe, expect, it } from 'vitest';
import { scoreDialogue } from '../../../../../src/quiz/kinds/dialogue/score';
import { dialogueQuestion } from '../../builders';

const question = dialogueQuestion();

describe('scoreDialogue', () => {
  it.each([
    [['b', 'a'], 5],
    [['a', 'a'], 4],
    [['b', 'b'], 3],
    [['c'], 0],
  ])('path %j earns %i of 5 (the best path)', (path, earned) => {
    expect(scoreDialogue({ path }, question)).toEqual({ type: 'points', earned, total: 5 });
  });

  it.each([
    ['an empty path', [], 'Play the call through to its end before checking.'],
    ['a path that stops mid-call', ['b'], 'Play the call through to its end before checking.'],
    ['a path past the ending', ['b', 'a', 'a'], 'The call had already ended before your last reply; please play it again.'],
    ['a choice id past the end', ['d'], 'One of your replies is not an option at that point in the call; please choose again.'],
    ['a bad id later on', ['a', 'c'], 'One of your replies is not an option at that point in the call; please choose again.'],
    ['a prototype key', ['constructor', 'a'], 'One of your replies is not an option at that point in the call; please choose again.'],
    ['an id in the wrong case', ['B', 'a'], 'One of your replies is not an option at that point in the call; please choose again.'],
  ])('is invalid with %s', (_case, path, message) => {
    expect(scoreDialogue({ path }, question)).toEqual({ type: 'invalid', message });
  });

  it('is invalid, not a crash, when unchecked data links to a missing node', () => {
    const broken = {
      ...question,
      nodes: { ...question.nodes, mid: { speaker: 'R', line: 'Hm.', choices: [{ id: 'a', text: 'x', feedback: 'y', points: 1, next: 'gone' }] } },
    };
    expect(scoreDialogue({ path: ['a', 'a'] }, broken)).toEqual({
      type: 'invalid',
      message: 'This call has a broken step, so it cannot be scored; please let us know.',
    });
  });

  it('scores a call whose start is its ending as 0 of 0', () => {
    const short = { ...question, start: 'end-good' };
    expect(scoreDialogue({ path: [] }, short)).toEqual({ type: 'points', earned: 0, total: 0 });
  });
});
