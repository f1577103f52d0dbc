/**
 * A learner's speaking attempt: the rubric ids they say they met, how long they
 * spoke (all turns together, whole seconds), and whether it was recorded or
 * said aloud without a microphone. Self-assessed; no audio or transcript is
 * ever part of it.
 */
import { z } from 'astro/zod';

export const SpeakResponseSchema = z.object({
  ticked: z.array(z.string()),
  /** Capped so a tampered file cannot claim an hour-long opener. */
  seconds: z.number().int().min(0).max(600),
  mode: z.enum(['recorded', 'aloud']),
});
export type SpeakResponse = z.infer<typeof SpeakResponseSchema>;
