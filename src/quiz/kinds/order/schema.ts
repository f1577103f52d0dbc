/** Authored format of an order question: put steps in order. Items are authored in the correct order. */
import { z } from 'astro/zod';
import { QuestionBase, id, text, withIds } from '../../question-fields';

export const OrderQuestionSchema = QuestionBase.extend({
  kind: z.literal('order'),
  /** The steps, in the right order; the learner sees them shuffled. */
  items: withIds(z.strictObject({ /** Stable id, unique among the items: a saved answer names it. */ id, /** The step. */ text })).min(3),
});

export type OrderQuestion = z.infer<typeof OrderQuestionSchema>;
