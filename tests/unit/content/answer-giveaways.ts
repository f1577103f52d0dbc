// Measures of "the answer can be found without learning": how often picking
// the longest option, or the first one as authored, wins. Pure, so the test
// and a writer's quick check (`npx vitest run tests/unit/content/answer-giveaways.test.ts`) share it.
import type { Question } from '../../../src/quiz/schema';

/** One place a learner picks one answer: a single-answer choice question, or one dialogue step. */
export interface Pick {
  /** "<question id>" or "<question id> @ <node id>". */
  where: string;
  kind: 'choice' | 'dialogue step';
  /** Whether the learner sees the authored order (the question sets `shuffle: false`). */
  authoredOrder: boolean;
  /** Character length of each option, in authored order. */
  lengths: number[];
  /** Whether each option is right (choice) or earns the node's most points (dialogue). */
  best: boolean[];
}

/**
 * Every pick in the questions. Counted: choice questions without `multiple`,
 * and dialogue nodes with two or more replies whose points differ (a node where
 * every reply earns the same has no best reply to give away).
 */
export function picksIn(questions: readonly Question[]): Pick[] {
  return questions.flatMap((q): Pick[] => {
    const authoredOrder = !q.shuffle;
    if (q.kind === 'choice' && !q.multiple)
      return [{ where: q.id, kind: 'choice', authoredOrder, lengths: q.options.map((o) => o.text.length), best: q.options.map((o) => o.correct) }];
    if (q.kind !== 'dialogue') return [];
    return Object.entries(q.nodes).flatMap(([nodeId, node]): Pick[] => {
      const replies = node.choices ?? [];
      const top = Math.max(...replies.map((c) => c.points));
      if (replies.length < 2 || replies.every((c) => c.points === top)) return [];
      return [{ where: `${q.id} @ ${nodeId}`, kind: 'dialogue step', authoredOrder, lengths: replies.map((c) => c.text.length), best: replies.map((c) => c.points === top) }];
    });
  });
}

/** Picking the longest option (any of them, on a tie) would be right. */
export const longestWins = (pick: Pick): boolean => {
  const longest = Math.max(...pick.lengths);
  return pick.lengths.some((length, i) => length === longest && pick.best[i]);
};

/** Picking the shortest option (any of them, on a tie) would be right: the over-correction of trimming every right answer. */
export const shortestWins = (pick: Pick): boolean => {
  const shortest = Math.min(...pick.lengths);
  return pick.lengths.some((length, i) => length === shortest && pick.best[i]);
};

/** Picking the first option as authored would be right. */
export const firstWins = (pick: Pick): boolean => pick.best[0] === true;

export interface Share {
  hits: number;
  of: number;
  /** hits / of, 0 when there is nothing to count. */
  share: number;
  offenders: string[];
}

export function shareOf(picks: readonly Pick[], test: (pick: Pick) => boolean): Share {
  const offenders = picks.filter(test).map((p) => p.where);
  return { hits: offenders.length, of: picks.length, share: picks.length === 0 ? 0 : offenders.length / picks.length, offenders };
}
