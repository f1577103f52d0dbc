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
 * later reader keeps a step from format 1. Format 1 carried stored progress
 * format 1's responses (option positions) until issue 17 and format 2's
 * (option ids) since; the reader (suspend-decode.ts) passes each through
 * responseV1toV2, which leaves the new ones as they are. Pure: no DOM.
 */
import type { AssessmentAttempt, Attempt, ProgressState } from '../progress/state';
import { fraction } from '../progress/attempts';
import { textToBase64Url } from '../progress/base64url';
import { entry } from '../progress/state';
import { bestAssessment } from '../progress/summary';
import type { ScormCourse } from './course-map';
import { shortId } from './course-map';

export const SUSPEND_FORMAT = 1;
const HEADER = 'WO';
/** Paths as the course makes them: lower-case words and slashes, never "..". */
export const PAGE_PATH = /^(?:[a-z0-9-]+\/)*$/;
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
  const times = [...Object.values(state.lessons).flatMap((l) => (l.completed === undefined ? [l.opened] : [l.opened, l.completed]))];
  for (const list of Object.values(state.questions)) for (const a of list) times.push(a.at);
  for (const list of Object.values(state.assessments)) for (const a of list) times.push(a.at);
  if (state.lastPage) times.push(state.lastPage.at);
  return times;
}


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
    `A:${shortId(quiz)}:${at(a.at)}:${num(a.score)}:${num(a.max)}:${a.passed ? 1 : 0}:${a.questions.filter((id) => course.questions.includes(id)).map(shortId).join('.')}`;
  const attempt = (id: string, a: Attempt) => `Q:${shortId(id)}:${at(a.at)}:${num(a.earned)}:${num(a.total)}`;
  const response = (id: string, a: Attempt) => `R:${shortId(id)}:${at(a.at)}:${textToBase64Url(JSON.stringify(a.response))}`;
  const history: [number, string, string?][] = [];

  for (const quiz of course.quizzes) {
    const list = entry(state.assessments, quiz) ?? [];
    if (!list.length) continue;
    // The progress page's rule for the best attempt: a pass before a fail, then the higher score.
    const best = bestAssessment(state, quiz);
    for (const a of list) {
      if (a === best) push(0, assessment(quiz, a));
      else history.push([a.at, assessment(quiz, a)]);
    }
  }
  for (const key of course.lessons) {
    const l = entry(state.lessons, key);
    if (l) push(l.completed === undefined ? 4 : 1, `L:${shortId(key)}:${at(l.opened)}:${l.completed === undefined ? '' : at(l.completed)}:${num(l.seconds)}`);
  }
  const page = state.lastPage;
  const path = page && pagePath(page.url, root, course);
  if (page && path !== undefined) push(2, `P:${path}:${at(page.at)}`);
  for (const id of course.questions) {
    const list = entry(state.questions, id) ?? [];
    if (!list.length) continue;
    const best = bestIndex(list);
    list.forEach((a, i) => {
      if (i === best) {
        push(3, attempt(id, a));
        push(5, response(id, a));
      } else history.push([a.at, attempt(id, a), response(id, a)]);
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
