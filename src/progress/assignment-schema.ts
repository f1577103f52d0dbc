/**
 * The assignment (assignment.ts) as a Zod schema, for the report file's
 * schema (report-file.ts), which embeds it. The link itself is checked by the
 * hand-written assignmentProblem, so the trainee's pages load no Zod; a
 * property test keeps the two in agreement.
 */
import { ASSIGNMENT_VERSION, ITEM, MAX_ITEMS, MAX_NAME, MAX_NOTE, isDay } from './assignment';
import { isVisibleText } from './sane';
import { z } from './zod';

const day = z.string().refine(isDay, 'not a real date (YYYY-MM-DD)');

export const AssignmentSchema = z.strictObject({
  /** Format version. */
  v: z.literal(ASSIGNMENT_VERSION),
  /** The trainee's name. */
  n: z
    .string()
    .max(MAX_NAME)
    .refine((s) => s.trim() !== '', 'the name is empty')
    .refine(isVisibleText, 'the name shows no visible character'),
  /** "L:<lesson key>" or "Q:<quiz id>", each once. */
  i: z
    .array(z.string().regex(ITEM, 'expected a lesson or quiz'))
    .min(1)
    .max(MAX_ITEMS)
    .refine((list) => new Set(list).size === list.length, 'an item is listed twice'),
  /** Pass mark, whole percent. */
  m: z.number().int().min(0).max(100),
  /** Due date. */
  d: day.optional(),
  /** Set on. */
  c: day,
  /** The manager's note. */
  o: z.string().max(MAX_NOTE).refine(isVisibleText, 'the note shows no visible character').optional(),
});
