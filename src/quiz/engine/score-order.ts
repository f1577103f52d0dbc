/**
 * Scoring rules: order
 *   - One point for each step in its right place.
 *   - Out of: the number of steps.
 *   - Place every step, each once, before checking.
 */
import type { Scorer } from './score';
import { invalid, points } from './score';
import { pickProblem } from './picks';

export const scoreOrder: Scorer<'order'> = ({ order }, { items }) => {
  if (order.length !== items.length) return invalid('Place every step before checking.');
  const problem = pickProblem(order, items.length, 'steps');
  if (problem !== null) return invalid(problem);

  // Items are authored in the right order, so item i belongs at position i.
  return points(order.filter((item, position) => item === position).length, items.length);
};
