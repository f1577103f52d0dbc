/**
 * The rules for a progress object (the shape in state.ts), and two readings of
 * it. `readState` is what the store and imports use: it keeps every entry that
 * keeps the rules and leaves out, by name, each one that does not, so one bad
 * field never costs the learner the rest. Only a broken outline (not an
 * object, no lessons, answers or assessments sections) fails whole.
 * `progressProblem` is the strict reading: the first rule broken anywhere.
 * Hand-written rather than Zod because it runs on quiz pages, whose JavaScript
 * budget has no room for Zod. Problems are short sentences, so an import can
 * say what is wrong with a file.
 */
import { capAttempts } from './merge';
import { isSaneTime } from './sane';
import type { AssessmentAttempt, Attempt, LastPage, LessonProgress, ProgressState } from './state';
import { ID, MAX_AMOUNT, MAX_TITLE, MAX_URL, VERSION } from './state';

type Check = (value: unknown, at: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (at: string, what: string) => `${at}: ${what}`;

const time: Check = (v, at) => (isSaneTime(v) ? undefined : fail(at, 'expected a time'));
/** The generation: 0 from first use, else the time of a reset; only ever compared, never shown. */
const generation: Check = (v, at) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : fail(at, 'expected a generation'));
const amount: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_AMOUNT ? undefined : fail(at, 'expected a number'));
const text = (max: number): Check => (v, at) => (typeof v === 'string' && v.length <= max ? undefined : fail(at, `expected text of at most ${max} characters`));
const id: Check = (v, at) => (typeof v === 'string' && ID.test(v) ? undefined : fail(at, 'expected an id'));
const flag: Check = (v, at) => (v === 0 || v === 1 ? undefined : fail(at, 'expected 0 or 1'));
const response: Check = (v, at) => (isObject(v) ? undefined : fail(at, 'expected a response'));

function tuple(...checks: Check[]): Check {
  return (v, at) => {
    if (!Array.isArray(v) || v.length !== checks.length) return fail(at, `expected a list of ${checks.length}`);
    for (const [i, check] of checks.entries()) {
      const problem = check(v[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function list(check: Check, max: number): Check {
  return (v, at) => {
    if (!Array.isArray(v) || v.length > max) return fail(at, `expected a list of at most ${max}`);
    for (const [i, item] of v.entries()) {
      const problem = check(item, `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function record(check: Check): Check {
  return (v, at) => {
    if (!isObject(v)) return fail(at, 'expected an object');
    for (const [key, item] of Object.entries(v)) {
      if (!ID.test(key)) return fail(at, `unexpected key "${key.slice(0, 40)}"`);
      const problem = check(item, `${at}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object with exactly these fields (own properties of `shape`); those named in `optional` may be absent. */
function fields(shape: Record<string, Check>, optional: string[] = []): Check {
  return (v, at) => {
    if (!isObject(v)) return fail(at, 'expected an object');
    for (const key of Object.keys(v)) if (!Object.hasOwn(shape, key)) return fail(at, `unexpected field "${key.slice(0, 40)}"`);
    for (const [key, check] of Object.entries(shape)) {
      if (v[key] === undefined && optional.includes(key)) continue;
      const problem = check(v[key], `${at}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

const scored: Check = (v, at) => {
  const [, earned, total] = v as number[];
  return (earned ?? 0) > (total ?? 0) ? fail(at, 'more points earned than possible') : undefined;
};
const both = (a: Check, b: Check): Check => (v, at) => a(v, at) ?? b(v, at);

/** One entry of each kind: what the writers keep to and the reader keeps or leaves out. */
export const checkLastPage: Check = tuple(text(MAX_URL), text(MAX_TITLE), time);
export const checkLesson: Check = fields({ o: time, c: time, s: amount }, ['c']);
export const checkAttempt: Check = both(tuple(time, amount, amount, response), scored);
export const checkAssessment: Check = both(tuple(time, amount, amount, flag, list(id, 200)), scored);
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
