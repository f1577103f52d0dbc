/**
 * Merging two copies of progress: two tabs that wrote at once, or an imported
 * file. Everything recorded only grows (attempts are kept by time, lessons keep
 * their earliest open and completion), so the union keeps the best of both and
 * merging is order-free: merge(a, b) equals merge(b, a), and merging again
 * changes nothing. Time spent takes the larger figure, because two copies of
 * one history would otherwise count the same minutes twice.
 */
import type { AssessmentAttempt, Attempt, LessonProgress, ProgressState } from './state';
import { fraction } from './attempts';
import { MAX_ATTEMPTS, entry } from './state';

type Timed = Attempt | AssessmentAttempt;
const points = (a: Timed) => ('earned' in a ? a.earned : a.score);

/** The attempts under an id: a copy read lightly (light-codec.ts) may hold anything there, so only timed objects count. */
export const attemptsIn = <T extends Timed>(x: readonly T[] | undefined): T[] =>
  Array.isArray(x) ? x.filter((a): a is T => typeof a === 'object' && a !== null && typeof a.at === 'number') : [];

function unionByTime<T extends Timed>(a?: readonly T[], b?: readonly T[]): T[] {
  const byTime = new Map<number, T>();
  // Same time, same attempt; where they differ (only by editing), the larger score is kept so merge stays order-free.
  for (const item of [...attemptsIn(a), ...attemptsIn(b)]) {
    const seen = byTime.get(item.at);
    if (!seen || points(item) > points(seen) || (points(item) === points(seen) && JSON.stringify(item) > JSON.stringify(seen))) byTime.set(item.at, item);
  }
  return [...byTime.values()].sort((x, y) => x.at - y.at);
}

/** Newest MAX_ATTEMPTS, plus the best one if it is older. */
export function capAttempts(list: Attempt[]): Attempt[] {
  if (list.length <= MAX_ATTEMPTS) return list;
  let best = 0;
  list.forEach((a, i) => {
    if (fraction(a) > fraction(list[best] as Attempt)) best = i;
  });
  const from = list.length - MAX_ATTEMPTS + 1;
  return list.filter((_, i) => i === best || i >= from);
}

const earliest = (x: number | undefined, y: number | undefined) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));

function mergeLesson(a: LessonProgress | undefined, b: LessonProgress | undefined): LessonProgress {
  if (!a || !b) return (a ?? b) as LessonProgress;
  const completed = earliest(a.completed, b.completed);
  return { opened: Math.min(a.opened, b.opened), ...(completed === undefined ? {} : { completed }), seconds: Math.max(a.seconds, b.seconds) };
}

/**
 * Keys in order, so a merge comes out the same whichever copy came first (store.sync compares JSON).
 * Own entries only: an id named "constructor" is merged like any other (state.ts, "Ids").
 */
function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, one: (x: T | undefined, y: T | undefined) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) out[key] = one(entry(a, key), entry(b, key));
  return out;
}

/** The union of two copies; the generation is `a`'s. */
export function combine(a: ProgressState, b: ProgressState): ProgressState {
  const [x, y] = [a.lastPage, b.lastPage];
  const later = !x ? y : !y ? x : y.at > x.at || (y.at === x.at && JSON.stringify(y) > JSON.stringify(x)) ? y : x;
  return {
    version: a.version,
    generation: a.generation,
    ...(later ? { lastPage: later } : {}),
    lessons: mergeRecords(a.lessons, b.lessons, mergeLesson),
    questions: mergeRecords(a.questions, b.questions, (x, y) => capAttempts(unionByTime(x, y))),
    assessments: mergeRecords(a.assessments, b.assessments, (x, y) => unionByTime(x, y)),
  };
}

/**
 * Two tabs' copies. Of different generations, the newer wins whole: a reset
 * in one tab is not undone by another tab's older copy.
 */
export function merge(a: ProgressState, b: ProgressState): ProgressState {
  if (a.generation !== b.generation) return a.generation > b.generation ? a : b;
  return combine(a, b);
}
