/**
 * Scoring rules: speak
 *   - You say your part aloud, then tick what you did: one point for each
 *     rubric item you tick. Self-assessed: nobody else hears it.
 *   - Out of: the number of rubric items.
 *   - Say it first: a drill with no time spoken cannot be checked.
 */
import type { Scorer } from '../../engine/score';
import { invalid } from '../../engine/score';
import { rubricScore } from '../../engine/rubric';

export const scoreSpeak: Scorer<'speak'> = ({ ticked, seconds }, { rubric }) => {
  if (!(seconds >= 1)) return invalid('Say your part aloud first: start the drill, and stop it when you finish.');
  return rubricScore(ticked, rubric);
};
