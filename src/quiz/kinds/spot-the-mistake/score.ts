/**
 * Scoring rules: spot the mistake
 *   - One point for each line you pick that goes wrong; each line you pick
 *     that is fine takes one away, never below zero.
 *   - Out of: the number of lines that go wrong.
 *   - Pick at least one line before checking.
 */
import type { Scorer } from '../../engine/score';
import { invalid, points } from '../../engine/score';
import { netPicks, pickProblem } from '../../engine/picks';

export const scoreSpotTheMistake: Scorer<'spot-the-mistake'> = ({ selected }, { segments }) => {
  if (selected.length === 0) return invalid('Pick at least one line first.');
  const problem = pickProblem(
    selected,
    segments.map((s) => s.id),
    'lines',
  );
  if (problem !== null) return invalid(problem);

  const isMistake = (id: string) => segments.find((s) => s.id === id)?.mistake === true;
  return points(netPicks(selected, isMistake), segments.filter((s) => s.mistake).length);
};
