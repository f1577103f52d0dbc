/** Adding up a quiz attempt. */
import type { Score } from './score';

export interface Summary {
  earned: number;
  total: number;
  /** earned / total, 0 when there is nothing to earn. */
  fraction: number;
  /** Responses that could not be scored: they add nothing to `total`, because an invalid score has no total. */
  unscored: number;
}

export function summarise(scores: readonly Score[]): Summary {
  let earned = 0;
  let total = 0;
  let unscored = 0;
  for (const score of scores) {
    if (score.type === 'invalid') unscored++;
    else {
      earned += score.earned;
      total += score.total;
    }
  }
  return { earned, total, fraction: total === 0 ? 0 : earned / total, unscored };
}

/** Whether a fraction meets the pass mark; the tolerance stops 0.7 + 0.1 failing a mark of 0.8. */
export const passed = (fraction: number, passMark: number): boolean => fraction >= passMark - 1e-9;
