import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestPath, maxDialoguePoints, walkDialogue } from '../../../src/quiz/engine/dialogue-walk';
import { scoreDialogue } from '../../../src/quiz/kinds/dialogue/score';
import { dialogueArbitrary, allPaths } from './arbitraries';
import { dialogueQuestion } from './builders';

const question = dialogueQuestion();

describe('walkDialogue', () => {
  it('lists the steps taken and the ending reached', () => {
    const walk = walkDialogue(question, ['b', 'a']);
    expect(walk.steps.map((s) => [s.nodeId, s.choiceId, s.points, s.feedback])).toEqual([
      ['open', 'b', 2, 'They hear it.'],
      ['mid', 'a', 3, 'They hear it.'],
    ]);
    expect(walk.steps[0]?.node).toBe(question.nodes['open']);
    expect(walk.ending?.nodeId).toBe('end-good');
    expect(walk.current).toEqual(walk.ending);
    expect(walk.problem).toBeNull();
  });

  it('stops at the node to answer next when the path is short', () => {
    const walk = walkDialogue(question, ['a']);
    expect(walk).toMatchObject({ current: { nodeId: 'mid' }, ending: null, problem: null });
  });

  it('reports a bad choice and where it happened', () =>
    expect(walkDialogue(question, ['b', 'h'])).toMatchObject({ current: { nodeId: 'mid' }, problem: 'bad-choice' }));

  it('reports a path that goes past the ending', () =>
    expect(walkDialogue(question, ['c', 'a'])).toMatchObject({ ending: { nodeId: 'end-bad' }, problem: 'past-ending' }));
});

describe('bestPath', () => {
  it('finds the path with the most points', () => {
    expect(bestPath(question)).toEqual({ path: ['b', 'a'], points: 5 });
    expect(maxDialoguePoints(question)).toBe(5);
  });

  it('breaks ties by the choice written first', () => {
    const tied = dialogueQuestion({
      nodes: {
        ...question.nodes,
        open: {
          speaker: 'R',
          line: 'Hi.',
          choices: ['a', 'b', 'c'].map((id, i) => ({ id, text: `t${i}`, feedback: 'f', points: i === 0 ? 0 : 2, next: 'mid' })),
        },
      },
    });
    expect(bestPath(tied).path).toEqual(['b', 'a']);
  });

  it('earns full points when walked, and equals the max over every path (property)', () => {
    fc.assert(
      fc.property(dialogueArbitrary, (q) => {
        const best = bestPath(q);
        expect(best.points).toBe(Math.max(...allPaths(q).map((p) => p.points)));
        expect(scoreDialogue({ path: best.path }, q)).toEqual({ type: 'points', earned: best.points, total: best.points });
      }),
    );
  });
});
