/**
 * Scoring rules: rewrite
 *   - You check your own text against the checklist: one point for each item
 *     you tick. Nobody else marks it, so be honest with yourself.
 *   - Out of: the number of checklist items.
 *   - Write something before checking.
 */
import type { Scorer } from '../../engine/score';
import { invalid, points } from '../../engine/score';

export const scoreRewrite: Scorer<'rewrite'> = ({ text, ticked }, { rubric }) => {
  if (text.trim() === '') return invalid('Write your version first.');
  if (text.length > 2000) return invalid('Keep it under 2,000 characters; a spoken opener is much shorter than that.');
  const known = new Set(rubric.map((r) => r.id));
  if (ticked.some((id) => !known.has(id))) return invalid('One ticked item is not on this checklist; please tick again.');

  return points(new Set(ticked).size, rubric.length);
};
