/**
 * Scoring rules: classify
 *   - One point for each line sorted into its right group.
 *   - Out of: the number of lines.
 *   - Sort every line into a group before checking.
 */
import type { Scorer } from '../../engine/score';
import { invalid, points } from '../../engine/score';

export const scoreClassify: Scorer<'classify'> = ({ placed }, { items, groups }) => {
  const known = new Set(items.map((item) => item.id));
  if (placed.some((p) => !known.has(p.item)) || new Set(placed.map((p) => p.item)).size !== placed.length)
    return invalid('One line is not one of this question’s lines, or is sorted twice; please sort again.');
  const groupIds = new Set(groups.map((g) => g.id));
  if (placed.some((p) => !groupIds.has(p.group))) return invalid('One line is in a group this question does not have; please sort it again.');
  if (placed.length !== items.length) return invalid('Sort every line into a group before checking.');

  return points(items.filter((item) => placed.some((p) => p.item === item.id && p.group === item.group)).length, items.length);
};
