/**
 * Learner progress: the one stored format. Kept on the learner's device in
 * localStorage["warm-open:progress"] as compact JSON (a later SCORM package
 * stores the same string as suspend data, so keys are short):
 *
 *   {
 *     "v": 1,                      format version; see migrate.ts
 *     "r": 0,                      generation: 0 from first use; the time of a reset or of a fresh
 *                                  start after damaged data was kept aside. Two copies of different
 *                                  generations do not mix: the newer one wins whole (merge.ts).
 *     "p": ["/course/openers/connect-first/", "Connect first", 1764000000000],
 *                                  last course page visited: URL, title, time (absent before the first)
 *     "l": { "openers/connect-first": { "o": 1764000000000, "c": 1764000100000, "s": 312 } },
 *                                  lessons by key (module id/lesson slug, as in the URL): first opened,
 *                                  completed (every practice question answered at least once; absent
 *                                  until then), seconds spent on the page while visible
 *     "q": { "connect-first-why-pause": [[1764000050000, 0, 1, { "selected": [1] }], …] },
 *                                  attempts per question id, oldest first: time, points earned, points
 *                                  possible, the response as the quiz engine reads it (src/quiz/kinds/<kind>/response.ts);
 *                                  at most MAX_ATTEMPTS, oldest dropped first (the best is always kept)
 *     "a": { "final-assessment": [[1764000900000, 13.5, 15, 1, ["final-…", …]], …] }
 *                                  assessment attempts per quiz id: time, score (sum of item fractions),
 *                                  items drawn, passed (1) or not (0), the question ids drawn (their
 *                                  responses are the latest attempts in "q" at or before that time)
 *   }
 *
 * Times are milliseconds since 1970 (UTC), within the years 2000 to 2199
 * (sane.ts). Ids are the course's own (ID below): lower-case letters, digits,
 * dashes (and "/" in lesson keys). An id is data, never a property name: read
 * entries with `entry()`, so an id such as "constructor" is looked up like any
 * other rather than finding what every object inherits. Nothing here is a
 * secret or proof of anything: the learner can edit it, and reports say so.
 *
 * Version and migration: "v" is VERSION below. A change to this shape bumps it
 * and adds one step to migrate.ts's MIGRATIONS (from the old version to the
 * next); stored data and imported files are migrated step by step on reading,
 * then checked entry by entry (check-state.ts): an entry that breaks a rule is
 * left out and named, the rest is kept. The writers (record.ts, visits.ts)
 * keep to the same rules, so the site never writes what it would refuse. Data
 * newer than this code is never rewritten (store.ts). Stored data that could
 * not be read, whole or in part, is copied to KEPT_PREFIX + time first.
 * Beside it, the site keeps "warm-open:assignment" (the last assignment link's
 * code), "warm-open:name" (the name for certificates), "warm-open:theme" and
 * "warm-open:draft:<question id>" (the quiz's rewrite drafts).
 */

export const PROGRESS_KEY = 'warm-open:progress';
/** Damaged data is moved here (with the time appended), never deleted. */
export const KEPT_PREFIX = 'warm-open:progress:kept:';
export const VERSION = 1;
/** Per question; enough for spaced review, small enough for SCORM suspend data once compacted. */
export const MAX_ATTEMPTS = 30;
/** Ids of lessons ("module/slug"), questions and quizzes. */
export const ID = /^[a-z0-9][a-z0-9/-]{0,199}$/;
/** Longest last-page URL and title kept; a longer URL is not recorded. */
export const MAX_URL = 500;
export const MAX_TITLE = 300;
/** Points and seconds stay within this (a lesson's time stops growing there). */
export const MAX_AMOUNT = 1e6;

export type Response = Record<string, unknown>;
/** [time, earned, total, response] */
export type Attempt = [t: number, earned: number, total: number, response: Response];
/** [time, score, max, passed, question ids] */
export type AssessmentAttempt = [t: number, score: number, max: number, passed: 0 | 1, questions: string[]];
/** [url, title, time] */
export type LastPage = [url: string, title: string, t: number];

export interface LessonProgress {
  /** First opened. */
  o: number;
  /** Completed: every practice question answered at least once. */
  c?: number;
  /** Seconds spent on the page while it was visible. */
  s: number;
}

export interface ProgressState {
  v: typeof VERSION;
  r: number;
  p?: LastPage;
  l: Record<string, LessonProgress>;
  q: Record<string, Attempt[]>;
  a: Record<string, AssessmentAttempt[]>;
}

export const emptyState = (generation = 0): ProgressState => ({ v: VERSION, r: generation, l: {}, q: {}, a: {} });

/** The entry for an id, or undefined: own entries only (see "Ids" above). */
export const entry = <T>(record: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);
