/**
 * Scoring rules: choice
 *   - Single answer: 1 point for picking the right option.
 *   - Multiple answers: one point for each right option; each wrong pick takes
 *     one away, never below zero. Out of: the number of right options.
 *   - Pick at least one option (just one, for a single answer) before checking.
 */
import type { Scorer } from '../../engine/score';
import { invalid, points } from '../../engine/score';
import { netPicks, pickProblem } from '../../engine/picks';

export const scoreChoice: Scorer<'choice'> = ({ selected }, question) => {
  const { options, multiple } = question;
  if (selected.length === 0) return invalid(multiple ? 'Pick at least one answer first.' : 'Pick an answer first.');
  const problem = pickProblem(
    selected,
    options.map((o) => o.id),
    'options',
  );
  if (problem !== null) return invalid(problem);
  if (!multiple && selected.length > 1) return invalid('Pick just one answer.');

  const isRight = (id: string) => options.find((o) => o.id === id)?.correct === true;
  if (!multiple) return points(isRight(selected[0] ?? '') ? 1 : 0, 1);
  return points(netPicks(selected, isRight), options.filter((o) => o.correct).length);
};
