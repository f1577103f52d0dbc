/**
 * Reading a report file (report.ts's format) on the manager's side: size,
 * JSON, then a strict Zod schema, each failure a sentence. Never throws. A
 * format-1 file (answers by option position) is read with its responses
 * migrated to option ids (responseV1toV2), so it re-scores like a new one.
 */
import { MAX_NAME } from './assignment';
import { AssignmentSchema } from './assignment-schema';
import type { Report, ReportAnswer } from './report';
import { REPORT_FORMAT, REPORT_VERSION } from './report';
import type { Result } from './result';
import { err, ok } from './result';
import { isSaneTime, isVisibleText } from './sane';
import { responseV1toV2 } from './v1-to-v2';
import { z } from './zod';

/** Far above a whole course's answers; a bigger file is not one of ours. */
export const MAX_REPORT_BYTES = 1_000_000;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, 'expected an id');
// A time outside the years the course can show would print as "Invalid Date" or a year like 275760.
const time = z.number().refine(isSaneTime, 'not a time between the years 2000 and 2199');
const amount = z.number().nonnegative().max(1e6);

const ReportAnswerSchema = z.strictObject({
  q: id,
  t: time,
  score: amount,
  max: amount,
  response: z.record(z.string(), z.unknown()),
});

export const ReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  v: z.union([z.literal(1), z.literal(REPORT_VERSION)]).transform(() => REPORT_VERSION),
  rev: z.string().max(40),
  made: time,
  learner: z.string().min(1).max(MAX_NAME).refine(isVisibleText, 'the name shows no visible character'),
  assignment: AssignmentSchema,
  items: z.array(z.strictObject({ id: z.string().max(210), done: z.boolean(), score: z.number().min(0).max(1).optional() })).max(200),
  answers: z.array(ReportAnswerSchema).max(2000),
  assessments: z
    .array(z.strictObject({ quiz: id, t: time, score: amount, max: amount, passed: z.boolean(), answers: z.array(ReportAnswerSchema).max(500) }))
    .max(50),
});

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
  if (typeof head['v'] === 'number' && head['v'] > REPORT_VERSION)
    return err('This report was made by a newer version of the course; this page cannot read it.');
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(
      `This report is damaged or was edited into a shape the course never writes (${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unreadable'}).`,
    );
  }
  // The schema checks exactly the Report shape; optional fields come out absent, never undefined.
  const report = parsed.data as Report;
  if (head['v'] !== 1) return ok(report);
  const migrate = (a: ReportAnswer): ReportAnswer => ({ ...a, response: responseV1toV2(a.response) as Record<string, unknown> });
  return ok({ ...report, answers: report.answers.map(migrate), assessments: report.assessments.map((x) => ({ ...x, answers: x.answers.map(migrate) })) });
}
