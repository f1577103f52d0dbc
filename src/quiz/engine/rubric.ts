/** A self-assessed checklist (rewrite, speak): one point for each item ticked, duplicates once; an id not on the list cannot be scored. */
import { invalid, points, type Score } from './score';

export function rubricScore(ticked: readonly string[], rubric: readonly { id: string }[]): Score {
  const known = new Set(rubric.map((r) => r.id));
  if (ticked.some((id) => !known.has(id))) return invalid('One ticked item is not on this checklist; please tick again.');
  return points(new Set(ticked).size, rubric.length);
}
