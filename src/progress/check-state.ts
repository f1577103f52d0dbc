/**
 * Strict check of a progress object (the shape in state.ts). Hand-written
 * rather than Zod because it runs on quiz pages, whose JavaScript budget has
 * no room for Zod. It answers with the first problem as a short sentence, so
 * an import can say what is wrong with a file.
 */
import type { ProgressState } from './state';
import { VERSION } from './state';

type Check = (value: unknown, at: string) => string | undefined;

// Keys become object properties: the pattern also rules out "__proto__" and friends.
const KEY = /^[a-z0-9][a-z0-9/-]{0,199}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (at: string, what: string) => `${at}: ${what}`;

const time: Check = (v, at) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : fail(at, 'expected a time'));
const amount: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e6 ? undefined : fail(at, 'expected a number'));
const text = (max: number): Check => (v, at) => (typeof v === 'string' && v.length <= max ? undefined : fail(at, `expected text of at most ${max} characters`));
const id: Check = (v, at) => (typeof v === 'string' && KEY.test(v) ? undefined : fail(at, 'expected an id'));
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
      if (!KEY.test(key)) return fail(at, `unexpected key "${key.slice(0, 40)}"`);
      const problem = check(item, `${at}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object with exactly these fields; those named in `optional` may be absent. */
function fields(shape: Record<string, Check>, optional: string[] = []): Check {
  return (v, at) => {
    if (!isObject(v)) return fail(at, 'expected an object');
    for (const key of Object.keys(v)) if (!(key in shape)) return fail(at, `unexpected field "${key.slice(0, 40)}"`);
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

const checkProgress = fields(
  {
    v: (v, at) => (v === VERSION ? undefined : fail(at, `expected version ${VERSION}`)),
    r: time,
    p: tuple(text(500), text(300), time),
    l: record(fields({ o: time, c: time, s: amount }, ['c'])),
    q: record(list(both(tuple(time, amount, amount, response), scored), 1000)),
    a: record(list(both(tuple(time, amount, amount, flag, list(id, 200)), scored), 1000)),
  },
  ['p'],
);

/** The first problem with `value` as progress data, or undefined when it is sound. */
export function progressProblem(value: unknown): string | undefined {
  return checkProgress(value, 'progress');
}

export function isProgressState(value: unknown): value is ProgressState {
  return progressProblem(value) === undefined;
}
