/**
 * What the launch page may do with the LMS's record in this launch, decided
 * from what the LMS says about the attempt. Pure: the launcher reads the
 * values (ELEMENTS) and acts on the answers.
 *
 * - Review: the LMS launched in review or browse mode, or without credit
 *   (SCORM 1.2 cmi.core.lesson_mode / cmi.core.credit, 2004 cmi.mode /
 *   cmi.credit). The course shows the record and writes nothing to the LMS.
 * - A fresh attempt: cmi.core.entry / cmi.entry is "ab-initio". The LMS starts
 *   a new attempt (or a first one): only what the LMS holds counts, never this
 *   browser's copy, which belongs to an earlier attempt.
 * - Otherwise (entry "resume" or "", mode normal, credit): this browser's
 *   progress for the activity and the LMS's suspend data are merged.
 *
 * Whatever is written never lowers a status, progress measure or score the
 * LMS already holds: a browser or suspend data that knows less (another
 * computer, data cut short) must not undo a pass. Values the LMS sends are
 * untrusted text: anything unknown counts as the least it could mean.
 */
import { combine } from '../progress/merge';
import type { ProgressState } from '../progress/state';
import { emptyState } from '../progress/state';
import type { ScormVersion } from './outcome';

/** What the LMS says about this launch, as it said it. */
export interface LaunchContext {
  mode: string;
  credit: string;
  entry: string;
}

/** The CMI elements that carry this launch's context, per version. */
export const CONTEXT_ELEMENTS: Record<ScormVersion, Record<keyof LaunchContext, string>> = {
  '1.2': { mode: 'cmi.core.lesson_mode', credit: 'cmi.core.credit', entry: 'cmi.core.entry' },
  '2004': { mode: 'cmi.mode', credit: 'cmi.credit', entry: 'cmi.entry' },
};

/** Statuses, in the order they rise; a value not listed ranks below all. */
const STATUS_RANKS: Record<string, readonly string[]> = {
  'cmi.core.lesson_status': ['not attempted', 'browsed', 'incomplete', 'failed', 'completed', 'passed'],
  'cmi.completion_status': ['unknown', 'not attempted', 'incomplete', 'completed'],
  'cmi.success_status': ['unknown', 'failed', 'passed'],
};
const SCORE_RAW: Record<ScormVersion, string> = { '1.2': 'cmi.core.score.raw', '2004': 'cmi.score.raw' };
const PROGRESS = 'cmi.progress_measure';

/** The elements whose held values guard what is written (read once at launch). */
export const HELD_ELEMENTS: Record<ScormVersion, string[]> = {
  '1.2': ['cmi.core.lesson_status', SCORE_RAW['1.2']],
  '2004': ['cmi.completion_status', 'cmi.success_status', PROGRESS, SCORE_RAW['2004']],
};

const norm = (value: string) => value.trim().toLowerCase();

/** Review, browse or no credit: the record is shown, never changed. */
export const isReview = (c: LaunchContext) => ['review', 'browse'].includes(norm(c.mode)) || norm(c.credit) === 'no-credit';

/** The LMS starts this attempt afresh: this browser's progress is not merged into it. */
export const isFreshAttempt = (c: LaunchContext) => norm(c.entry) === 'ab-initio';

const rank = (element: string, value: string | undefined) => (value === undefined ? -1 : (STATUS_RANKS[element]?.indexOf(norm(value)) ?? -1));

/** A number the LMS holds, or undefined when it holds none (or text that is not one). */
function held(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Of the values the course would write (outcome.ts's cmiValues), those it may:
 * none in review; a status only if it is not below the one held, the progress
 * measure only if not below the one held, and the score (all its elements)
 * only if its raw value is not below the one held.
 */
export function allowedWrites(version: ScormVersion, context: LaunchContext, holds: Readonly<Record<string, string>>, wanted: readonly [string, string][]): [string, string][] {
  if (isReview(context)) return [];
  const raw = wanted.find(([element]) => element === SCORE_RAW[version])?.[1];
  const heldRaw = held(holds[SCORE_RAW[version]]);
  const scoreLower = raw !== undefined && heldRaw !== undefined && Number(raw) < heldRaw;
  return wanted.filter(([element, value]) => {
    if (element in STATUS_RANKS) return rank(element, value) >= rank(element, holds[element]);
    if (element === PROGRESS) return !(Number(value) < (held(holds[element]) ?? -Infinity));
    if (/\.score\./.test(element)) return !scoreLower;
    return true;
  });
}

/**
 * The progress the course starts from in this launch, and whether it replaces
 * this browser's copy for the activity:
 * - review: the LMS's record with this browser's copy (same learner) beside
 *   it, shown in memory only;
 * - a fresh attempt: what the LMS holds (normally nothing), as a new
 *   generation, so an old copy in another tab does not merge back in;
 * - a resumed one: this browser's copy and the LMS's, merged.
 */
export function startingProgress(
  context: LaunchContext,
  fromLms: ProgressState | undefined,
  inBrowser: ProgressState,
  now: number,
): { state: ProgressState; replaces: boolean } {
  if (isReview(context)) return { state: fromLms ? combine(inBrowser, fromLms) : inBrowser, replaces: false };
  if (isFreshAttempt(context)) return { state: { ...(fromLms ?? emptyState()), generation: now }, replaces: true };
  return { state: fromLms ? combine(inBrowser, fromLms) : inBrowser, replaces: false };
}
