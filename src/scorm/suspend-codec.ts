/**
 * Progress ↔ SCORM suspend data, in at most `limit` characters (SCORM 1.2
 * allows 4,096). Format 1, printable ASCII only:
 *
 *   WO1:<base>:<length>,<token>,<token>,…
 *
 *   base    the earliest time in the progress, ms since 1970, base 36; every
 *           time below is "+dt": milliseconds after base, base 36
 *   length  the length of the whole text, 4 base-36 digits: a shorter text was
 *           cut by the LMS, so its last token is dropped, not misread
 *
 *   A:<quiz>:<+t>:<score>:<max>:<passed 0|1>:<question>.<question>…   an assessment attempt
 *   L:<lesson>:<+opened>:<+completed, or empty>:<seconds>             a lesson
 *   P:<path>:<+t>                                                     the last page, from the package root
 *   Q:<question>:<+t>:<earned>:<possible>                             an attempt at a question
 *   R:<question>:<+t>:<response as base64url JSON>                    the response of that attempt
 *
 * Lessons, questions and quizzes are named by course-map.ts's shortId; scores
 * are JavaScript number text. Each token stands alone, so any subset decodes.
 * Tokens go in order of use, and what does not fit is left out: first the
 * essentials, strictly in this order, up to the first that does not fit:
 * best assessment attempts, completed lessons, the last page, each question's
 * best attempt, opened lessons; then, only if all of those fit, the details,
 * each if it fits: responses of those best attempts, then the histories
 * (other assessment attempts and other attempts, newest first, and their
 * responses). Attempts restored without their response get `{}`.
 *
 * How it migrates: a new format gets a new header (WO2); this reader refuses
 * a newer one with a clear message and keeps the device's progress, and a
 * later reader keeps a step from format 1. Pure: no DOM, never throws on input.
 */
import { capAttempts } from '../progress/merge';
import { textToBase64Url, base64UrlToText } from '../progress/base64url';
import { progressProblem } from '../progress/check-state';
import type { Result } from '../progress/result';
import { err, ok } from '../progress/result';
import type { AssessmentAttempt, Attempt, LessonProgress, ProgressState, Response } from '../progress/state';
import { VERSION, emptyState } from '../progress/state';
import { bestAssessment } from '../progress/summary';
import type { ScormCourse } from './course-map';
import { shortId } from './course-map';

export const SUSPEND_FORMAT = 1;
const HEADER = 'WO';
/** Paths as the course makes them: lower-case words and slashes, never "..". */
const PAGE_PATH = /^(?:[a-z0-9-]+\/)*$/;
/** The length field is always this wide, so a text cut inside the header cannot pass for a whole one. */
const LENGTH_WIDTH = 4;
const MAX_LIMIT = 36 ** LENGTH_WIDTH - 1;
/** Tiers 0 to 4 (see the order above) are what resuming needs; the rest is detail. */
const ESSENTIAL_TIERS = 5;

export interface SuspendOptions {
  /** Most characters to write. */
  limit: number;
  /** The package root as a path ("/lms/content/12/"): last-page URLs are stored relative to it. */
  root: string;
}

export interface Decoded {
  state: ProgressState;
  /** Tokens left out: damaged, or naming what this version of the course does not have. */
  skipped: number;
  /** The text was shorter than it said: cut on the way, so its last token was dropped. */
  truncated: boolean;
}

const b36 = (n: number) => n.toString(36);
const num = (n: number) => String(n);

/** The URL path of a course page, from the package root. */
export const pageUrl = (root: string, path: string) => `${root}${path}index.html`;

/** A stored page URL as a path from the root ("openers/connect-first/"), if it is one of the course's pages. */
export function pagePath(url: string, root: string, course: ScormCourse): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const path = url.slice(root.length).replace(/(^|\/)index\.html$/, '$1');
  return PAGE_PATH.test(path) && Object.hasOwn(course.pages, path) ? path : undefined;
}

function timesOf(state: ProgressState): number[] {
  const times = [...Object.values(state.l).flatMap((l) => (l.c === undefined ? [l.o] : [l.o, l.c]))];
  for (const list of Object.values(state.q)) for (const a of list) times.push(a[0]);
  for (const list of Object.values(state.a)) for (const a of list) times.push(a[0]);
  if (state.p) times.push(state.p[2]);
  return times;
}

const fraction = (a: Attempt) => (a[2] > 0 ? a[1] / a[2] : 0);

/** The best attempt: highest fraction, the earliest of equals (so it stays the same one after merging). */
function bestIndex(list: readonly Attempt[]): number {
  let best = 0;
  list.forEach((a, i) => {
    if (fraction(a) > fraction(list[best] as Attempt)) best = i;
  });
  return best;
}

/** Progress as suspend data of at most `limit` characters: the most useful tokens that fit. */
export function encodeSuspend(state: ProgressState, course: ScormCourse, { limit, root }: SuspendOptions): string {
  const base = Math.min(...timesOf(state), Number.MAX_SAFE_INTEGER);
  const at = (t: number) => b36(t - (base === Number.MAX_SAFE_INTEGER ? 0 : base));
  const baseText = b36(base === Number.MAX_SAFE_INTEGER ? 0 : base);
  const lengthWidth = LENGTH_WIDTH;
  limit = Math.min(limit, MAX_LIMIT);
  const header = `${HEADER}${SUSPEND_FORMAT}:${baseText}:`;
  if (header.length + lengthWidth > limit) return '';

  const tiers: string[][] = [[], [], [], [], [], [], [], []];
  const push = (tier: number, token: string) => tiers[tier]?.push(token);
  const assessment = (quiz: string, a: AssessmentAttempt) =>
    `A:${shortId(quiz)}:${at(a[0])}:${num(a[1])}:${num(a[2])}:${a[3]}:${a[4].filter((id) => course.questions.includes(id)).map(shortId).join('.')}`;
  const attempt = (id: string, a: Attempt) => `Q:${shortId(id)}:${at(a[0])}:${num(a[1])}:${num(a[2])}`;
  const response = (id: string, a: Attempt) => `R:${shortId(id)}:${at(a[0])}:${textToBase64Url(JSON.stringify(a[3]))}`;
  const history: [number, string, string?][] = [];

  for (const quiz of course.quizzes) {
    const list = state.a[quiz] ?? [];
    if (!list.length) continue;
    // The progress page's rule for the best attempt: a pass before a fail, then the higher score.
    const best = bestAssessment(state, quiz);
    for (const a of list) (a === best ? push(0, assessment(quiz, a)) : history.push([a[0], assessment(quiz, a)]));
  }
  for (const key of course.lessons) {
    const l = state.l[key];
    if (l) push(l.c === undefined ? 4 : 1, `L:${shortId(key)}:${at(l.o)}:${l.c === undefined ? '' : at(l.c)}:${num(l.s)}`);
  }
  const path = state.p && pagePath(state.p[0], root, course);
  if (state.p && path !== undefined) push(2, `P:${path}:${at(state.p[2])}`);
  for (const id of course.questions) {
    const list = state.q[id] ?? [];
    if (!list.length) continue;
    const best = bestIndex(list);
    list.forEach((a, i) => {
      if (i === best) {
        push(3, attempt(id, a));
        push(5, response(id, a));
      } else history.push([a[0], attempt(id, a), response(id, a)]);
    });
  }
  history.sort((x, y) => y[0] - x[0]);
  for (const [, token, reply] of history) {
    push(6, token);
    if (reply) push(7, reply);
  }

  // The essentials (tiers 0 to 4) go in strictly in order, up to the first that does not fit. Only when
  // all of them fit do the details follow, each if it still fits, a response only with its attempt.
  const kept: string[] = [];
  const attempts = new Set<string>();
  let length = header.length + lengthWidth;
  const add = (token: string) => {
    if (length + 1 + token.length > limit) return false;
    kept.push(token);
    length += 1 + token.length;
    if (token.startsWith('Q:')) attempts.add(token.split(':', 3).slice(1).join(':'));
    return true;
  };
  const essentials = tiers.slice(0, ESSENTIAL_TIERS).flat();
  if (essentials.every(add)) {
    for (const token of tiers.slice(ESSENTIAL_TIERS).flat()) if (!token.startsWith('R:') || attempts.has(token.split(':', 3).slice(1).join(':'))) add(token);
  }
  return [header + b36(length).padStart(lengthWidth, '0'), ...kept].join(',');
}

const TIME = /^[0-9a-z]{1,11}$/;
const AMOUNT = /^(?:0|[1-9]\d{0,6})(?:\.\d{1,25})?(?:e-\d{1,3})?$/;
const ID = /^[0-9a-z]{4}$/;

function amount(text: string | undefined, max = 1e6): number | undefined {
  if (text === undefined || !AMOUNT.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
}

/**
 * Suspend data back to progress (the device's store merges it in). Names this
 * version of the course does not have are skipped; anything that is not this
 * format at all is an error with a sentence for the learner, and an empty start.
 */
export function decodeSuspend(text: string, course: ScormCourse, { root }: Pick<SuspendOptions, 'root'>): Result<Decoded> & { newer?: true } {
  if (typeof text !== 'string' || text === '') return err('There is no saved progress in the learning system yet.');
  const match = /^WO(\d{1,4}):([0-9a-z]{1,11}):([0-9a-z]{4})(?:,|$)/.exec(text);
  if (!match) return err('The progress saved in the learning system is not in a form this course can read, so you start from what this device has.');
  const format = Number(match[1]);
  if (format > SUSPEND_FORMAT)
    return { ...err('The progress saved in the learning system comes from a newer version of this course, so this older copy leaves it alone.'), newer: true };
  if (format !== SUSPEND_FORMAT) return err('The progress saved in the learning system is in a form this course no longer reads.');
  const base = parseInt(match[2] ?? '0', 36);
  const declared = parseInt(match[3] ?? '0', 36);
  const tokens = text.split(',').slice(1);
  const truncated = text.length !== declared;
  if (truncated) tokens.pop();

  const byHash = (ids: readonly string[]) => new Map(ids.map((id) => [shortId(id), id]));
  const lessons = byHash(course.lessons);
  const questions = byHash(course.questions);
  const quizzes = byHash(course.quizzes);
  const time = (t: string | undefined) => (t !== undefined && TIME.test(t) && Number.isSafeInteger(base + parseInt(t, 36)) ? base + parseInt(t, 36) : undefined);

  const state = emptyState();
  const q: Record<string, Attempt[]> = {};
  const a: Record<string, AssessmentAttempt[]> = {};
  const responses = new Map<string, Response>();
  let skipped = 0;

  for (const token of tokens) {
    const [kind, ...f] = token.split(':');
    const done = (() => {
      switch (kind) {
        case 'A': {
          const quiz = quizzes.get(f[0] ?? '');
          const [t, score, max] = [time(f[1]), amount(f[2]), amount(f[3])];
          const drawn = f[5] === '' ? [] : (f[5] ?? '').split('.');
          if (!quiz || t === undefined || score === undefined || max === undefined || score > max || (f[4] !== '0' && f[4] !== '1') || f.length !== 6) return false;
          if (drawn.length > 200 || !drawn.every((h) => ID.test(h))) return false;
          const ids = drawn.flatMap((h) => questions.get(h) ?? []);
          (a[quiz] ??= []).push([t, score, max, f[4] === '1' ? 1 : 0, ids]);
          return true;
        }
        case 'L': {
          const key = lessons.get(f[0] ?? '');
          const [o, s] = [time(f[1]), amount(f[3])];
          const c = f[2] === '' ? undefined : time(f[2]);
          if (!key || o === undefined || s === undefined || (f[2] !== '' && c === undefined) || f.length !== 4) return false;
          const lesson: LessonProgress = { o, ...(c === undefined ? {} : { c }), s };
          state.l[key] = lesson;
          return true;
        }
        case 'P': {
          const t = time(f[1]);
          const path = f[0] ?? '';
          if (t === undefined || !PAGE_PATH.test(path) || !Object.hasOwn(course.pages, path) || f.length !== 2) return false;
          state.p = [pageUrl(root, path), (course.pages[path] ?? '').slice(0, 300), t];
          return true;
        }
        case 'Q': {
          const id = questions.get(f[0] ?? '');
          const [t, earned, total] = [time(f[1]), amount(f[2]), amount(f[3])];
          if (!id || t === undefined || earned === undefined || total === undefined || earned > total || f.length !== 4) return false;
          (q[id] ??= []).push([t, earned, total, {}]);
          return true;
        }
        case 'R': {
          const id = questions.get(f[0] ?? '');
          const t = time(f[1]);
          const json = base64UrlToText(f[2] ?? '');
          if (!id || t === undefined || json === undefined || f.length !== 3) return false;
          try {
            const value = JSON.parse(json) as unknown;
            if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
            responses.set(`${id}@${t}`, value as Response);
            return true;
          } catch {
            return false;
          }
        }
        default:
          return false;
      }
    })();
    if (!done) skipped++;
  }

  for (const [id, list] of Object.entries(q)) {
    const byTime = new Map(list.map((x) => [x[0], x] as const));
    state.q[id] = capAttempts([...byTime.values()].sort((x, y) => x[0] - y[0]).map((x) => [x[0], x[1], x[2], responses.get(`${id}@${x[0]}`) ?? {}]));
  }
  for (const [id, list] of Object.entries(a)) state.a[id] = [...new Map(list.map((x) => [x[0], x] as const)).values()].sort((x, y) => x[0] - y[0]).slice(-1000);

  // The last guard: what comes out is what the strict progress check accepts.
  const problem = progressProblem(state);
  if (problem) return err(`The progress saved in the learning system could not be read (${problem}).`);
  return ok({ state: { ...state, v: VERSION }, skipped, truncated });
}
