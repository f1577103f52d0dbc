/**
 * Scoring rules: speak
 *   - You say your part aloud, then tick what you did: one point for each
 *     rubric item you tick. Self-assessed: nobody else hears it.
 *   - Out of: the number of rubric items.
 *   - Say it first: a drill with no time spoken cannot be checked.
 */
import type { Scorer } from '../../engine/score';
import { invalid, points } from '../../engine/score';

export const scoreSpeak: Scorer<'speak'> = ({ ticked, seconds }, { rubric }) => {
  if (!(seconds >= 1)) return invalid('Say your part aloud first: start the drill, and stop it when you finish.');
  const known = new Set(rubric.map((r) => r.id));
  if (ticked.some((id) => !known.has(id))) return invalid('One ticked item is not on this checklist; please tick again.');

  return points(new Set(ticked).size, rubric.length);
};
