/**
 * Scoring rules: dialogue
 *   - Each reply you choose earns its points; your score is their sum.
 *   - Out of: the points of the strongest way through the call.
 *   - Play the call through to its end before checking.
 */
import type { Scorer } from '../../engine/score';
import { invalid, points } from '../../engine/score';
import { maxDialoguePoints, walkDialogue } from '../../engine/dialogue-walk';

const messages = {
  'bad-choice': 'One of your replies is not an option at that point in the call; please choose again.',
  'past-ending': 'The call had already ended before your last reply; please play it again.',
  'missing-node': 'This call has a broken step, so it cannot be scored; please let us know.',
} as const;

export const scoreDialogue: Scorer<'dialogue'> = ({ path }, question) => {
  const walk = walkDialogue(question, path);
  if (walk.problem !== null) return invalid(messages[walk.problem]);
  if (walk.ending === null) return invalid('Play the call through to its end before checking.');

  const earned = walk.steps.reduce((sum, step) => sum + step.points, 0);
  return points(earned, maxDialoguePoints(question));
};
