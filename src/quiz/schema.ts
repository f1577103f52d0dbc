/**
 * Authored quiz format: the single source of the quiz types.
 *
 * A quiz is one YAML file in `content/quizzes/<id>.yaml`:
 *   version: 2            # the format of this file (see below)
 *   title: "Practice: …"
 *   questions: [ … ]      # each one a `Question`, discriminated on `kind`
 *   draw: 15              # optional: ask this many, drawn from the pool (final assessment)
 *   passMark: 0.8         # optional: fraction of points needed to pass
 *
 * Versions: 1 had no ids on options, segments, order items, classify items or
 * dialogue choices, and saved answers named them by position. 2 gives each an
 * `id`, unique within its list, and answers name ids. A version 1 file stops
 * the build with a message saying what to add (a, b, c… in the file's order
 * is what migrated progress expects).
 *
 * Each kind's own fields live in src/quiz/kinds/<kind>/schema.ts. Adding a
 * kind to QuestionSchema below makes src/quiz/kinds/index.ts (and the other
 * per-kind maps it lists) fail to compile until the kind has every part.
 * Text fields are plain text. They are always rendered as text, never as HTML.
 */
import { z } from 'astro/zod';
import { ChoiceQuestionSchema } from './kinds/choice/schema';
import { ClassifyQuestionSchema } from './kinds/classify/schema';
import { DialogueQuestionSchema } from './kinds/dialogue/schema';
import { OrderQuestionSchema } from './kinds/order/schema';
import { RewriteQuestionSchema } from './kinds/rewrite/schema';
import { SpeakQuestionSchema } from './kinds/speak/schema';
import { SpotTheMistakeQuestionSchema } from './kinds/spot-the-mistake/schema';
import { text } from './question-fields';

export type { ChoiceQuestion } from './kinds/choice/schema';
export type { ClassifyQuestion } from './kinds/classify/schema';
export type { DialogueChoice, DialogueNode, DialogueQuestion } from './kinds/dialogue/schema';
export type { OrderQuestion } from './kinds/order/schema';
export type { RewriteQuestion } from './kinds/rewrite/schema';
export type { SpeakQuestion } from './kinds/speak/schema';
export type { SpotTheMistakeQuestion } from './kinds/spot-the-mistake/schema';

/** Any question: the discriminated union on `kind`, and so the list of kinds. */
export const QuestionSchema = z.discriminatedUnion('kind', [
  ChoiceQuestionSchema,
  SpotTheMistakeQuestionSchema,
  OrderQuestionSchema,
  ClassifyQuestionSchema,
  DialogueQuestionSchema,
  RewriteQuestionSchema,
  SpeakQuestionSchema,
]);

const versionMessage = (input: unknown) =>
  input === 1
    ? 'this is a version 1 quiz file: give every option, segment, order item, classify item and dialogue choice an `id` (a, b, c… in the order they are written) and set `version: 2`'
    : 'set `version: 2` (the current quiz file format)';

/** A quiz file. */
export const QuizSchema = z
  .object({
    /** Format version of this file. */
    version: z.literal(2, { error: (issue) => versionMessage(issue.input) }),
    /** Heading shown above the questions. */
    title: text,
    /** The questions (the pool, when `draw` is set). */
    questions: z.array(QuestionSchema).min(1),
    /** Ask this many questions, drawn from the pool, fresh on each retry. */
    draw: z.number().int().positive().optional(),
    /** Fraction of points needed to pass, 0 to 1. */
    passMark: z.number().min(0).max(1).optional(),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"` });
      seen.add(q.id);
    });
    if (quiz.draw !== undefined && quiz.draw > quiz.questions.length)
      ctx.addIssue({ code: 'custom', path: ['draw'], message: `draw (${quiz.draw}) is more than the ${quiz.questions.length} questions in the pool` });
  });

export type Question = z.infer<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
/** The authored question type for each kind. */
export type QuestionByKind = { [K in QuestionKind]: Extract<Question, { kind: K }> };
export type Quiz = z.infer<typeof QuizSchema>;
