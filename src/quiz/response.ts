/**
 * Learner responses: what a learner's answer to each question kind looks like.
 *
 * Indexes always point into the authored arrays (never the shuffled display
 * order), so a stored response can be re-scored later without knowing the seed.
 * Reports arrive from files, so every shape is checked with Zod before scoring;
 * range and id checks live in the scorers, which know the question.
 */
import { z } from 'astro/zod';
import type { QuestionKind } from './schema';

const index = z.number().int();

/** Choice: indexes into `options`. */
export const ChoiceResponseSchema = z.object({ selected: z.array(index) });

/** Spot the mistake: indexes into `segments`. */
export const SpotTheMistakeResponseSchema = z.object({ selected: z.array(index) });

/** Order: authored item indexes, in the order the learner put them. */
export const OrderResponseSchema = z.object({ order: z.array(index) });

/** Classify: a group id per item, in authored order; null while not yet sorted. */
export const ClassifyResponseSchema = z.object({ placed: z.array(z.string().nullable()) });

/** Dialogue: the choice index taken at each node, starting at `start`. */
export const DialogueResponseSchema = z.object({ path: z.array(index) });

/** Rewrite: the learner's text and the rubric ids they say it meets. */
export const RewriteResponseSchema = z.object({
  /** Capped so a pasted essay cannot bloat progress storage or reports. */
  text: z.string().max(2000),
  ticked: z.array(z.string()),
});

/** One schema per kind; `satisfies` makes a new question kind fail to compile here until it has one. */
export const responseSchemas = {
  choice: ChoiceResponseSchema,
  'spot-the-mistake': SpotTheMistakeResponseSchema,
  order: OrderResponseSchema,
  classify: ClassifyResponseSchema,
  dialogue: DialogueResponseSchema,
  rewrite: RewriteResponseSchema,
} satisfies { [K in QuestionKind]: z.ZodType };

export type ChoiceResponse = z.infer<typeof ChoiceResponseSchema>;
export type SpotTheMistakeResponse = z.infer<typeof SpotTheMistakeResponseSchema>;
export type OrderResponse = z.infer<typeof OrderResponseSchema>;
export type ClassifyResponse = z.infer<typeof ClassifyResponseSchema>;
export type DialogueResponse = z.infer<typeof DialogueResponseSchema>;
export type RewriteResponse = z.infer<typeof RewriteResponseSchema>;

/** The response type for each kind. */
export type ResponseByKind = { [K in QuestionKind]: z.infer<(typeof responseSchemas)[K]> };

/** An untrusted `{ kind, response }` pair, e.g. one entry of a saved report. */
export const AnyResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('choice'), response: ChoiceResponseSchema }),
  z.object({ kind: z.literal('spot-the-mistake'), response: SpotTheMistakeResponseSchema }),
  z.object({ kind: z.literal('order'), response: OrderResponseSchema }),
  z.object({ kind: z.literal('classify'), response: ClassifyResponseSchema }),
  z.object({ kind: z.literal('dialogue'), response: DialogueResponseSchema }),
  z.object({ kind: z.literal('rewrite'), response: RewriteResponseSchema }),
]);
export type AnyResponse = z.infer<typeof AnyResponseSchema>;
