/**
 * Two readings of a progress object (the shape in state.ts), by the rules in
 * entry-rules.ts. `readState` is what the store and imports use: it keeps
 * every entry that keeps the rules and leaves out, by name, each one that
 * does not, so one bad field never costs the learner the rest. Only a broken
 * outline (not an object, no lessons, answers or assessments sections) fails
 * whole. `progressProblem` is the strict reading: the first rule broken
 * anywhere. Problems are short sentences, so an import can say what is wrong
 * with a file.
 */
import type { Check } from './entry-rules';
import { checkAssessment, checkAttempt, checkLastPage, checkLesson, fail, fields, generation, isObject, list, record } from './entry-rules';
import { capAttempts } from './merge';
import type { AssessmentAttempt, Attempt, LastPage, LessonProgress, ProgressState } from './state';
import { ID, VERSION } from './state';

/** Longest list of attempts read for one id (more is not ours: the store keeps MAX_ATTEMPTS). */
const MAX_LIST = 1000;

const checkProgress = fields(
  {
    v: (v, at) => (v === VERSION ? undefined : fail(at, `expected version ${VERSION}`)),
    r: generation,
    p: checkLastPage,
    l: record(checkLesson),
    q: record(list(checkAttempt, MAX_LIST)),
    a: record(list(checkAssessment, MAX_LIST)),
  },
  ['p'],
);

/** The first problem with `value` as progress data, or undefined when every entry is sound. */
export function progressProblem(value: unknown): string | undefined {
  return checkProgress(value, 'progress');
}

export function isProgressState(value: unknown): value is ProgressState {
  return progressProblem(value) === undefined;
}

/** Progress read entry by entry: what keeps the rules, and what was left out, in words. */
export type ReadState = { ok: true; value: ProgressState; dropped: string[] } | { ok: false; error: string };

/** Fails whole only when the outline is broken: version, generation, the three sections. */
export function readState(value: unknown): ReadState {
  if (!isObject(value)) return { ok: false, error: 'progress: expected an object' };
  const versionProblem = value['v'] === VERSION ? undefined : fail('progress.v', `expected version ${VERSION}`);
  const sectionProblem = (['l', 'q', 'a'] as const).map((k) => (isObject(value[k]) ? undefined : fail(`progress.${k}`, 'expected an object'))).find(Boolean);
  const problem = versionProblem ?? generation(value['r'], 'progress.r') ?? sectionProblem;
  if (problem) return { ok: false, error: problem };

  const dropped: string[] = [];
  const state: ProgressState = { v: VERSION, r: value['r'] as number, l: {}, q: {}, a: {} };
  for (const key of Object.keys(value)) if (!['v', 'r', 'p', 'l', 'q', 'a'].includes(key)) dropped.push(`a field the course never writes ("${key.slice(0, 40)}")`);
  if (value['p'] !== undefined) {
    const problem = checkLastPage(value['p'], 'p');
    if (problem) dropped.push(`the last page you visited (${why(problem)})`);
    else state.p = value['p'] as LastPage;
  }
  for (const [key, lesson] of Object.entries(value['l'] as object)) {
    const problem = ID.test(key) ? checkLesson(lesson, key) : 'not a lesson of this course';
    if (problem) dropped.push(`the lesson "${key.slice(0, 40)}" (${why(problem)})`);
    else state.l[key] = lesson as LessonProgress;
  }
  readLists(value['q'] as object, checkAttempt, 'answers to', dropped, (key, kept) => (state.q[key] = capAttempts(kept as Attempt[])));
  readLists(value['a'] as object, checkAssessment, 'attempts at', dropped, (key, kept) => (state.a[key] = kept as AssessmentAttempt[]));
  return { ok: true, value: state, dropped };
}

/** The sentence part of a problem, without where it was found: "more points earned than possible". */
const why = (problem: string) => problem.slice(problem.lastIndexOf(': ') + 2);

/** Each id's list of attempts: the sound ones kept, in time order, one per time; the rest counted as left out. */
function readLists(section: object, check: Check, what: string, dropped: string[], keep: (key: string, kept: unknown[]) => void) {
  for (const [key, items] of Object.entries(section)) {
    const name = `"${key.slice(0, 40)}"`;
    if (!ID.test(key) || !Array.isArray(items)) {
      dropped.push(`${what} ${name} (${ID.test(key) ? 'expected a list' : 'not an id of this course'})`);
      continue;
    }
    const problems = items.slice(0, MAX_LIST).map((item) => check(item, key));
    const sound = items.filter((_, i) => i < MAX_LIST && !problems[i]) as [number, ...unknown[]][];
    const kept = [...new Map(sound.map((item) => [item[0], item])).values()].sort((x, y) => x[0] - y[0]);
    const lost = items.length - kept.length;
    const first = problems.find(Boolean);
    if (lost) dropped.push(`${lost} of ${items.length} ${what} ${name}${first ? ` (${why(first)})` : ''}`);
    if (kept.length) keep(key, kept);
  }
}
