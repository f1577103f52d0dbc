/**
 * Scoring rules: order
 *   - One point for each step in its right place.
 *   - Out of: the number of steps.
 *   - Place every step, each once, before checking.
 */
import type { Scorer } from '../../engine/score';
import { invalid, points } from '../../engine/score';
import { pickProblem } from '../../engine/picks';

export const scoreOrder: Scorer<'order'> = ({ order }, { items }) => {
  if (order.length !== items.length) return invalid('Place every step before checking.');
  const problem = pickProblem(
    order,
    items.map((item) => item.id),
    'steps',
  );
  if (problem !== null) return invalid(problem);

  // Items are authored in the right order, so the item at position i belongs there.
  return points(order.filter((id, position) => id === items[position]?.id).length, items.length);
};
