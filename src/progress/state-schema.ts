/**
 * Format 2 of stored progress (state.ts describes it) as Zod schemas: the one
 * source of the progress types and of the rules every reader and writer keeps.
 * Each rule's message is a short sentence ("expected a time"), so a page can
 * say what it left out of damaged data and why (read-state.ts).
 */
import { isSaneTime } from './sane';
import { ID, MAX_AMOUNT, MAX_TITLE, MAX_URL, VERSION } from './state';
import { z } from './zod';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Longest list of attempts read for one id (more is not ours: the store keeps MAX_ATTEMPTS). */
export const MAX_LIST = 1000;

export const TimeSchema = z.custom<number>(isSaneTime, 'expected a time');
const AmountSchema = z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_AMOUNT, 'expected a number');
const text = (max: number) => z.custom<string>((v) => typeof v === 'string' && v.length <= max, `expected text of at most ${max} characters`);
/** Lesson, question and quiz ids, as keys and in lists. */
export const IdSchema = z.custom<string>((v) => typeof v === 'string' && ID.test(v), 'not an id of this course');
/** The generation: 0 from first use, else the time of a reset; only ever compared, never shown. */
export const GenerationSchema = z.custom<number>((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'expected a generation');
/** Opaque here: the quiz engine reads it (and refuses what it cannot score). */
const ResponseSchema = z.custom<Record<string, unknown>>(isObject, 'expected a response');

export const LastPageSchema = z.strictObject({ url: text(MAX_URL), title: text(MAX_TITLE), at: TimeSchema });

export const LessonProgressSchema = z.strictObject({
  /** First opened. */
  opened: TimeSchema,
  /** Every practice question answered at least once. */
  completed: TimeSchema.optional(),
  /** Seconds on the page while it was visible. */
  seconds: AmountSchema,
});

const scored = (a: { earned?: number; total?: number; score?: number; max?: number }) => (a.earned ?? a.score ?? 0) <= (a.total ?? a.max ?? 0);

export const AttemptSchema = z
  .strictObject({ at: TimeSchema, earned: AmountSchema, total: AmountSchema, response: ResponseSchema })
  .refine(scored, 'more points earned than possible');

export const AssessmentAttemptSchema = z
  .strictObject({
    at: TimeSchema,
    /** Sum of the drawn items' fractions. */
    score: AmountSchema,
    /** Items drawn. */
    max: AmountSchema,
    /** What the page said; readers work it out again from the score (summary.ts's assessmentPassed). */
    passed: z.boolean({ error: 'expected true or false' }),
    questions: z.array(IdSchema).max(200, 'expected at most 200 question ids'),
  })
  .refine(scored, 'more points earned than possible');

const records = <T extends z.ZodType>(item: T) => z.record(IdSchema, z.array(item).max(MAX_LIST, `expected at most ${MAX_LIST} attempts`));

export const ProgressStateSchema = z.strictObject({
  version: z.literal(VERSION, { error: `expected version ${VERSION}` }),
  generation: GenerationSchema,
  lastPage: LastPageSchema.optional(),
  lessons: z.record(IdSchema, LessonProgressSchema),
  questions: records(AttemptSchema),
  assessments: records(AssessmentAttemptSchema),
});

/** The first issue as "where: what" ("progress.lessons.m/a.opened: expected a time"). */
export function describeIssue(error: z.ZodError, at = 'progress'): string {
  const issue = error.issues[0];
  if (!issue) return `${at}: unreadable`;
  const where = issue.path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : `${s}.${String(p)}`), at);
  if (issue.code === 'unrecognized_keys') return `${where}: unexpected field "${String(issue.keys[0]).slice(0, 40)}"`;
  if (issue.code === 'invalid_key') return `${where}: not an id of this course`;
  return `${where}: ${issue.message}`;
}
