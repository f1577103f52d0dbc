/** A learner's answer to a choice question: the ids of the options picked. */
import { z } from 'astro/zod';

export const ChoiceResponseSchema = z.object({ selected: z.array(z.string()) });
export type ChoiceResponse = z.infer<typeof ChoiceResponseSchema>;
