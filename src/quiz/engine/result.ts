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

/**
 * A drawn assessment's score: every question is worth one, its points scaled
 * to a fraction, so a long dialogue counts no more than a one-line choice and
 * no draw is easier for holding more of one kind. Rounded to a tenth, as shown
 * to the learner and stored; an unscorable response counts 0.
 */
export function assessmentScore(scores: readonly Score[]): { fractions: number[]; score: number; max: number } {
  const fractions = scores.map((s) => (s.type === 'points' && s.total > 0 ? s.earned / s.total : 0));
  return { fractions, score: Math.round(fractions.reduce((a, b) => a + b, 0) * 10) / 10, max: fractions.length };
}
