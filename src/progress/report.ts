/**
 * The completion report file a trainee sends back (JSON, format 1):
 *
 *   { "format": "warm-open-report", "v": 1,
 *     "rev": "3f9c…",                 fingerprint of the course's questions when it was made
 *     "made": 1764000000000,           time
 *     "learner": "Sam Okafor",
 *     "assignment": { …assignment.ts's object… },
 *     "items": [{ "id": "Q:connect-first", "done": true, "score": 0.9 }],        what the trainee's page says
 *     "answers": [{ "q": "<question id>", "t": 1764…, "score": 1, "max": 1, "response": {…} }],
 *                                      practice: each question's best attempt
 *     "assessments": [{ "quiz": "final-assessment", "t": 1764…, "score": 13.5, "max": 15, "passed": true,
 *                       "answers": [ …as above, the responses that attempt used… ] }] }
 *
 * It carries the answers themselves, so the manager's page can score them
 * again (check-report.ts). Claims and answers are both just data the trainee's
 * browser wrote: a check proves that these answers earn these scores, not who
 * gave them.
 */
import { z } from './zod';
import type { Assignment } from './assignment';
import { AssignmentSchema } from './assignment';
import { assignmentStatus } from './assignment-status';
import type { CourseIndex } from './course-index';
import { findLesson, findQuiz } from './course-index';
import type { Result } from './result';
import { err, ok } from './result';
import type { Attempt, ProgressState } from './state';
import { fraction } from './attempts';
import { attemptAt, bestAssessment } from './summary';

export const REPORT_FORMAT = 'warm-open-report';
export const REPORT_VERSION = 1;
/** Far above a whole course's answers; a bigger file is not one of ours. */
export const MAX_REPORT_BYTES = 1_000_000;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, 'expected an id');
const time = z.number().int().nonnegative();
const amount = z.number().nonnegative().max(1e6);

export const ReportAnswerSchema = z.strictObject({
  /** Question id. */
  q: id,
  /** When it was answered. */
  t: time,
  /** Points the trainee's page gave it. */
  score: amount,
  /** Points possible. */
  max: amount,
  /** The response, as the quiz engine reads it; checked per kind when re-scored. */
  response: z.record(z.string(), z.unknown()),
});

export const ReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  v: z.literal(REPORT_VERSION),
  /** Fingerprint of the questions the report was made against. */
  rev: z.string().max(40),
  /** When the report was made. */
  made: time,
  learner: z.string().min(1).max(80),
  assignment: AssignmentSchema,
  /** What the trainee's page claims for each assigned item. */
  items: z.array(z.strictObject({ id: z.string().max(210), done: z.boolean(), score: z.number().min(0).max(1).optional() })).max(200),
  answers: z.array(ReportAnswerSchema).max(2000),
  assessments: z
    .array(z.strictObject({ quiz: id, t: time, score: amount, max: amount, passed: z.boolean(), answers: z.array(ReportAnswerSchema).max(500) }))
    .max(50),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportAnswer = z.infer<typeof ReportAnswerSchema>;

const toAnswer = (q: string, a: Attempt): ReportAnswer => ({ q, t: a[0], score: a[1], max: a[2], response: a[3] });

/** Each question's best attempt (the earliest of equal best), so the report shows the trainee at their best. */
function bestAttempt(attempts: readonly Attempt[] | undefined): Attempt | undefined {
  let best: Attempt | undefined;
  for (const a of attempts ?? []) if (!best || fraction(a) > fraction(best)) best = a;
  return best;
}

export function buildReport(assignment: Assignment, state: ProgressState, index: CourseIndex, now: number): Report {
  const status = assignmentStatus(assignment, state, index, now);
  const practice = new Set<string>();
  const assessments: Report['assessments'] = [];
  for (const item of assignment.i) {
    const key = item.slice(2);
    if (item.startsWith('L:')) findLesson(index, key)?.questions.forEach((q) => practice.add(q));
    const quiz = item.startsWith('Q:') ? findQuiz(index, key) : undefined;
    if (quiz && !quiz.draw) quiz.questions.forEach((q) => practice.add(q.id));
    const best = quiz?.draw ? bestAssessment(state, quiz.id) : undefined;
    if (quiz && best) {
      const [t, score, max, passed, ids] = best;
      const answers = ids.flatMap((q) => {
        const a = attemptAt(state.q[q], t);
        return a ? [toAnswer(q, a)] : [];
      });
      assessments.push({ quiz: quiz.id, t, score, max, passed: passed === 1, answers });
    }
  }
  const answers = [...practice].flatMap((q) => {
    const a = bestAttempt(state.q[q]);
    return a ? [toAnswer(q, a)] : [];
  });
  return {
    format: REPORT_FORMAT,
    v: REPORT_VERSION,
    rev: index.rev,
    made: now,
    learner: assignment.n,
    assignment,
    items: status.items.map((i) => ({ id: i.id, done: i.done, ...(i.score === undefined ? {} : { score: i.score }) })),
    answers,
    assessments,
  };
}

export const reportFileName = (r: Report): string =>
  `warm-open-report-${r.learner.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'trainee'}.json`;

/** A report file's text to a report, or a sentence saying what is wrong; never throws. */
export function readReport(text: string): Result<Report> {
  if (typeof text !== 'string' || text.trim() === '') return err('This file is empty.');
  if (text.length > MAX_REPORT_BYTES) return err('This file is too large to be a report from this course.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('This file is not a report: it is not JSON. Ask the trainee to send the report file again, unedited.');
  }
  const head = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (head['format'] !== REPORT_FORMAT) return err('This file is not a Warm Open completion report.');
  if (typeof head['v'] === 'number' && head['v'] > REPORT_VERSION) return err('This report was made by a newer version of the course; this page cannot read it.');
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(`This report is damaged or was edited into a shape the course never writes (${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unreadable'}).`);
  }
  return ok(parsed.data);
}
