/** A learner's answer to a classify question: the group chosen for each item sorted so far (unsorted items are absent). */
import { z } from 'astro/zod';

export const ClassifyResponseSchema = z.object({ placed: z.array(z.object({ item: z.string(), group: z.string() })) });
export type ClassifyResponse = z.infer<typeof ClassifyResponseSchema>;
