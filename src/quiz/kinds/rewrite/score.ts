/**
 * Scoring rules: rewrite
 *   - You check your own text against the checklist: one point for each item
 *     you tick. Nobody else marks it, so be honest with yourself.
 *   - Out of: the number of checklist items.
 *   - Write something before checking.
 */
import type { Scorer } from '../../engine/score';
import { invalid } from '../../engine/score';
import { rubricScore } from '../../engine/rubric';

export const scoreRewrite: Scorer<'rewrite'> = ({ text, ticked }, { rubric }) => {
  if (text.trim() === '') return invalid('Write your version first.');
  if (text.length > 2000) return invalid('Keep it under 2,000 characters; a spoken opener is much shorter than that.');
  return rubricScore(ticked, rubric);
};
