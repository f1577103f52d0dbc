import { describe, expect, it } from 'vitest';
import { scoreClassify } from '../../../../../src/quiz/kinds/classify/score';
import { classifyQuestion } from '../../builders';

const question = classifyQuestion();
const unsorted = 'Sort every line into a group before checking.';
const unknownGroup = 'One line is in a group this question does not have; please sort it again.';
const unknownLine = 'One line is not one of this question’s lines, or is sorted twice; please sort again.';
/** Groups given to items a, b, c… in turn; null leaves that item unsorted. */
const placing = (groups: (string | null)[]) => groups.flatMap((group, i) => (group === null ? [] : [{ item: String.fromCharCode(97 + i), group }]));

describe('scoreClassify', () => {
  it.each([
    [['good', 'poor', 'good', 'poor'], 4],
    [['good', 'good', 'good', 'good'], 2],
    [['poor', 'good', 'poor', 'good'], 0],
    [['good', 'poor', 'poor', 'poor'], 3],
  ])('%j earns %i of 4', (groups, earned) => {
    expect(scoreClassify({ placed: placing(groups) }, question)).toEqual({ type: 'points', earned, total: 4 });
  });

  it('does not care in which order the lines were placed', () =>
    expect(scoreClassify({ placed: placing(['good', 'poor', 'good', 'poor']).reverse() }, question)).toEqual({ type: 'points', earned: 4, total: 4 }));

  it.each([
    ['nothing placed', [], unsorted],
    ['too few lines', placing(['good', 'poor', 'good']), unsorted],
    ['a line not sorted yet', placing(['good', null, 'good', 'poor']), unsorted],
    ['too many lines', [...placing(['good', 'poor', 'good', 'poor']), { item: 'e', group: 'good' }], unknownLine],
    ['a line sorted twice', [...placing(['good', 'poor', 'good']), { item: 'a', group: 'poor' }], unknownLine],
    ['a prototype key as line', [...placing(['good', 'poor', 'good']), { item: 'constructor', group: 'poor' }], unknownLine],
    ['an unknown group', placing(['good', 'poor', 'meh', 'poor']), unknownGroup],
    ['a prototype key as group', placing(['good', 'poor', 'constructor', 'poor']), unknownGroup],
  ])('is invalid with %s', (_case, placed, message) => {
    expect(scoreClassify({ placed }, question)).toEqual({ type: 'invalid', message });
  });
});
