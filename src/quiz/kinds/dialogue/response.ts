/** A learner's answer to a dialogue question: the id of the choice taken at each node, starting at `start`. */
import { z } from 'astro/zod';

export const DialogueResponseSchema = z.object({ path: z.array(z.string()) });
export type DialogueResponse = z.infer<typeof DialogueResponseSchema>;
