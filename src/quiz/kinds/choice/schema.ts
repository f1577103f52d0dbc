/** Authored format of a choice question: single or multiple answer. */
import { z } from 'astro/zod';
import { QuestionBase, id, text, withIds } from '../../question-fields';

/** One option of a choice question. */
export const ChoiceOptionSchema = z.strictObject({
  /** Stable id, unique among the options: a saved answer names it. */
  id,
  /** What the learner reads. */
  text,
  /** Whether picking it is right. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong. */
  feedback: text,
});

export const ChoiceQuestionSchema = QuestionBase.extend({
  kind: z.literal('choice'),
  /** Several options may be right: checkboxes instead of radios. */
  multiple: z.boolean().default(false),
  /** At least two options. */
  options: withIds(ChoiceOptionSchema).min(2),
}).superRefine((q, ctx) => {
  const right = q.options.filter((o) => o.correct).length;
  if (right === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'mark at least one option `correct: true`' });
  if (!q.multiple && right > 1)
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'a single-answer question has exactly one correct option (or set `multiple: true`)' });
});

export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
