/**
 * The rules each entry of stored progress keeps (the shape in state.ts): one
 * check per kind of entry, each answering with the first problem as a short
 * sentence ("o: expected a time"), or undefined. The writers (record.ts)
 * check what they add with these; the readers (check-state.ts) check what
 * they read. Hand-written rather than Zod because they run on quiz pages,
 * whose JavaScript budget has no room for Zod; kept apart from the readers so
 * that a page that only writes loads only these.
 */
import { isSaneTime } from './sane';
import { ID, MAX_AMOUNT, MAX_TITLE, MAX_URL } from './state';

export type Check = (value: unknown, at: string) => string | undefined;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const fail = (at: string, what: string) => `${at}: ${what}`;

const time: Check = (v, at) => (isSaneTime(v) ? undefined : fail(at, 'expected a time'));
/** The generation: 0 from first use, else the time of a reset; only ever compared, never shown. */
export const generation: Check = (v, at) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : fail(at, 'expected a generation'));
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

export function list(check: Check, max: number): Check {
  return (v, at) => {
    if (!Array.isArray(v) || v.length > max) return fail(at, `expected a list of at most ${max}`);
    for (const [i, item] of v.entries()) {
      const problem = check(item, `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

export function record(check: Check): Check {
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
export function fields(shape: Record<string, Check>, optional: string[] = []): Check {
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

/** One check per kind of entry: what the writers keep to and the readers keep or leave out. */
export const checkLastPage: Check = tuple(text(MAX_URL), text(MAX_TITLE), time);
export const checkLesson: Check = fields({ o: time, c: time, s: amount }, ['c']);
export const checkAttempt: Check = both(tuple(time, amount, amount, response), scored);
export const checkAssessment: Check = both(tuple(time, amount, amount, flag, list(id, 200)), scored);
