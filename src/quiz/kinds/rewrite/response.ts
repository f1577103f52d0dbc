/** A learner's answer to a rewrite question: their text and the rubric ids they say it meets. */
import { z } from 'astro/zod';

export const RewriteResponseSchema = z.object({
  /** Capped so a pasted essay cannot bloat progress storage or reports. */
  text: z.string().max(2000),
  ticked: z.array(z.string()),
});
export type RewriteResponse = z.infer<typeof RewriteResponseSchema>;
