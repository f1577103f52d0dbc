/** Authored format of a rewrite question: write your own opener or voicemail, then check it against a rubric. */
import { z } from 'astro/zod';
import { QuestionBase, id, text, withIds } from '../../question-fields';

export const RewriteQuestionSchema = QuestionBase.extend({
  kind: z.literal('rewrite'),
  /** The situation to write for. */
  scene: text,
  /** Which plain-text hints apply. */
  target: z.enum(['opener', 'voicemail']),
  /** What a good answer does; the learner ticks what theirs does. */
  rubric: withIds(z.strictObject({ /** Stable id. */ id, /** What to look for. */ label: text })).min(2),
  /** A strong answer to compare with. */
  model: text,
  /** How long it may take to say, in seconds. */
  maxSeconds: z.number().int().positive().default(20),
});

export type RewriteQuestion = z.infer<typeof RewriteQuestionSchema>;
