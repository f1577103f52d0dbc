/**
 * Learner progress: the one stored format, format 2. Kept on the learner's
 * device in localStorage["warm-open:progress"] as JSON (SCORM packages carry it
 * as suspend data in their own compact text, src/scorm/suspend-codec.ts):
 *
 *   {
 *     "version": 2,                format version; see "Version and migration" below
 *     "generation": 0,             0 from first use; the time of a reset or of a fresh start after damaged
 *                                  data was kept aside. Copies of different generations do not mix: the
 *                                  newer one wins whole (merge.ts).
 *     "lastPage": { "url": "/course/openers/connect-first/", "title": "Connect first", "at": 1764000000000 },
 *                                  the last course page visited (absent before the first)
 *     "lessons": { "openers/connect-first": { "opened": 1764000000000, "completed": 1764000100000, "seconds": 312 } },
 *                                  by key (module id/lesson slug, as in the URL): first opened, completed
 *                                  (every practice question answered at least once; absent until then),
 *                                  seconds spent on the page while visible
 *     "questions": { "connect-first-why-pause": [{ "at": 1764000050000, "earned": 0, "total": 1, "response": { "selected": ["b"] } }, …] },
 *                                  attempts per question id, oldest first; the response as the quiz engine
 *                                  reads it, naming options by their stable ids (src/quiz/kinds/<kind>/response.ts);
 *                                  at most MAX_ATTEMPTS, oldest dropped first (the best is always kept)
 *     "assessments": { "final-assessment": [{ "at": 1764000900000, "score": 13.5, "max": 15, "passed": true, "questions": ["final-…", …] }, …] }
 *                                  attempts per quiz id: score (sum of item fractions), items drawn, passed,
 *                                  the question ids drawn (their responses are the latest attempts in
 *                                  "questions" at or before that time)
 *   }
 *
 * Times are milliseconds since 1970 (UTC), within the years 2000 to 2199
 * (sane.ts). Ids are the course's own (ID below): lower-case letters, digits,
 * dashes (and "/" in lesson keys). An id is data, never a property name: read
 * entries with `entry()`, so an id such as "constructor" is looked up like any
 * other rather than finding what every object inherits. Nothing here is a
 * secret or proof of anything: the learner can edit it, and reports say so.
 *
 * Version and migration: a change to this shape bumps VERSION and adds one
 * step to migrate.ts's MIGRATIONS. Format 1 (until issue 17) kept the same
 * facts in tuples under short keys and answers by option position:
 *   { v: 1, r, p: [url, title, t], l: { key: { o, c, s } }, q: { id: [[t, earned, total, response]] },
 *     a: { id: [[t, score, max, passed 0|1, ids]] } }
 * v1-to-v2.ts turns it into this shape, and each response's positions into
 * option ids (position i is the id "a", "b", … that content got for it). Stored
 * data and imported files are migrated on reading, then checked entry by entry
 * against state-schema.ts (read-state.ts): an entry that breaks a rule is left
 * out and named, the rest is kept. The writers (record.ts, visits.ts) keep to
 * the same rules, so the site never writes what it would refuse. Data newer
 * than this code is never rewritten (store.ts). Stored data that could not be
 * read, whole or in part, is copied to KEPT_PREFIX + time first. Beside it, the
 * site keeps "warm-open:assignment" (the last assignment link's code),
 * "warm-open:name" (the name for certificates), "warm-open:theme" and
 * "warm-open:draft:<question id>" (the quiz's rewrite drafts).
 */
import type { AssessmentAttemptSchema, AttemptSchema, LastPageSchema, LessonProgressSchema, ProgressStateSchema } from './state-schema';
import type { z } from './zod';

export const PROGRESS_KEY = 'warm-open:progress';
/** Damaged data is moved here (with the time appended), never deleted. */
export const KEPT_PREFIX = 'warm-open:progress:kept:';
export const VERSION = 2;
/** Per question; enough for spaced review, small enough for SCORM suspend data once compacted. */
export const MAX_ATTEMPTS = 30;
/** Ids of lessons ("module/slug"), questions and quizzes. */
export const ID = /^[a-z0-9][a-z0-9/-]{0,199}$/;
/** Longest last-page URL and title kept; a longer URL is not recorded. */
export const MAX_URL = 500;
export const MAX_TITLE = 300;
/** Points and seconds stay within this (a lesson's time stops growing there). */
export const MAX_AMOUNT = 1e6;

// The types come from the schemas (state-schema.ts); this file stays free of Zod so the tracker can import it.
export type Response = Record<string, unknown>;
export type Attempt = z.infer<typeof AttemptSchema>;
export type AssessmentAttempt = z.infer<typeof AssessmentAttemptSchema>;
export type LastPage = z.infer<typeof LastPageSchema>;
export type LessonProgress = z.infer<typeof LessonProgressSchema>;
export type ProgressState = z.infer<typeof ProgressStateSchema>;

export const emptyState = (generation = 0): ProgressState => ({ version: VERSION, generation, lessons: {}, questions: {}, assessments: {} });

/** The entry for an id, or undefined: own entries only (see "Ids" above). */
export const entry = <T>(record: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);
