/** A learner's answer to a spot-the-mistake question: the ids of the segments marked as mistakes. */
import { z } from 'astro/zod';

export const SpotTheMistakeResponseSchema = z.object({ selected: z.array(z.string()) });
export type SpotTheMistakeResponse = z.infer<typeof SpotTheMistakeResponseSchema>;
