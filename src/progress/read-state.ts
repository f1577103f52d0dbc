/**
 * Two readings of a progress object against state-schema.ts. `readState` is
 * what the store and imports use: it keeps every entry that keeps the rules
 * and leaves out, by name, each one that does not, so one bad field never
 * costs the learner the rest. Only a broken outline (not an object, no
 * lessons, questions or assessments sections) fails whole. `progressProblem`
 * is the strict reading: the first rule broken anywhere. Problems are short
 * sentences, so an import can say what is wrong with a file.
 */
import { capAttempts } from './merge';
import type { AssessmentAttempt, Attempt, ProgressState } from './state';
import { ID, VERSION } from './state';
import type { z } from './zod';
import {
  AssessmentAttemptSchema,
  AttemptSchema,
  GenerationSchema,
  LastPageSchema,
  LessonProgressSchema,
  MAX_LIST,
  ProgressStateSchema,
  describeIssue,
} from './state-schema';

/** The first problem with `value` as progress data, or undefined when every entry is sound. */
export function progressProblem(value: unknown): string | undefined {
  const parsed = ProgressStateSchema.safeParse(value);
  return parsed.success ? undefined : describeIssue(parsed.error);
}

export const isProgressState = (value: unknown): value is ProgressState => progressProblem(value) === undefined;

/** Progress read entry by entry: what keeps the rules, and what was left out, in words. */
export type ReadState = { ok: true; value: ProgressState; dropped: string[] } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SECTIONS = ['lessons', 'questions', 'assessments'] as const;
/** The sentence part of a problem, without where it was found: "more points earned than possible". */
const why = (error: z.ZodError) => error.issues[0]?.message ?? 'unreadable';
const name = (key: string) => `"${key.slice(0, 40)}"`;

/** Fails whole only when the outline is broken: version, generation, the three sections. */
export function readState(value: unknown): ReadState {
  if (!isObject(value)) return { ok: false, error: 'progress: expected an object' };
  if (value['version'] !== VERSION) return { ok: false, error: `progress.version: expected version ${VERSION}` };
  if (!GenerationSchema.safeParse(value['generation']).success) return { ok: false, error: 'progress.generation: expected a generation' };
  const missing = SECTIONS.find((k) => !isObject(value[k]));
  if (missing) return { ok: false, error: `progress.${missing}: expected an object` };

  const dropped: string[] = [];
  const state: ProgressState = { version: VERSION, generation: value['generation'] as number, lessons: {}, questions: {}, assessments: {} };
  for (const key of Object.keys(value)) if (!Object.hasOwn(state, key) && key !== 'lastPage') dropped.push(`a field the course never writes (${name(key)})`);
  if (value['lastPage'] !== undefined) {
    const page = LastPageSchema.safeParse(value['lastPage']);
    if (page.success) state.lastPage = page.data;
    else dropped.push(`the last page you visited (${why(page.error)})`);
  }
  for (const [key, item] of Object.entries(value['lessons'] as object)) {
    const lesson = LessonProgressSchema.safeParse(item);
    if (!ID.test(key)) dropped.push(`the lesson ${name(key)} (not a lesson of this course)`);
    else if (!lesson.success) dropped.push(`the lesson ${name(key)} (${why(lesson.error)})`);
    else state.lessons[key] = lesson.data;
  }
  readLists(value['questions'] as object, AttemptSchema, 'answers to', dropped, (key, kept) => (state.questions[key] = capAttempts(kept as Attempt[])));
  readLists(
    value['assessments'] as object,
    AssessmentAttemptSchema,
    'attempts at',
    dropped,
    (key, kept) => (state.assessments[key] = kept as AssessmentAttempt[]),
  );
  return { ok: true, value: state, dropped };
}

/** Each id's list of attempts: the sound ones kept, in time order, one per time; the rest counted as left out. */
function readLists(section: object, schema: z.ZodType<{ at: number }>, what: string, dropped: string[], keep: (key: string, kept: { at: number }[]) => void) {
  for (const [key, items] of Object.entries(section)) {
    if (!ID.test(key) || !Array.isArray(items)) {
      dropped.push(`${what} ${name(key)} (${ID.test(key) ? 'expected a list' : 'not an id of this course'})`);
      continue;
    }
    const results = items.slice(0, MAX_LIST).map((item) => schema.safeParse(item));
    const sound = results.flatMap((r) => (r.success ? [r.data] : []));
    const kept = [...new Map(sound.map((item) => [item.at, item])).values()].sort((x, y) => x.at - y.at);
    const lost = items.length - kept.length;
    const first = results.find((r) => !r.success);
    if (lost) dropped.push(`${lost} of ${items.length} ${what} ${name(key)}${first && !first.success ? ` (${why(first.error)})` : ''}`);
    if (kept.length) keep(key, kept);
  }
}
