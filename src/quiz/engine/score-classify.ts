/**
 * Scoring rules: classify
 *   - One point for each line sorted into its right group.
 *   - Out of: the number of lines.
 *   - Sort every line into a group before checking.
 */
import type { Scorer } from './score';
import { invalid, points } from './score';

export const scoreClassify: Scorer<'classify'> = ({ placed }, { items, groups }) => {
  if (placed.length !== items.length) return invalid('Sort every line into a group before checking.');
  const known = new Set(groups.map((g) => g.id));
  if (placed.some((g) => g !== null && !known.has(g))) return invalid('One line is in a group this question does not have; please sort it again.');
  if (placed.includes(null)) return invalid('Sort every line into a group before checking.');

  return points(items.filter((item, i) => placed[i] === item.group).length, items.length);
};
