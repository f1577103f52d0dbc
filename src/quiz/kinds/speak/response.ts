/**
 * A learner's answer to a speaking drill: the rubric ids they say they met, how long they spoke, and
 * whether it was recorded or only said aloud with the timer. Never audio or a transcript: those stay
 * on the device (in memory, or in IndexedDB when the learner keeps a recording).
 */
import { z } from 'astro/zod';

export const SpeakResponseSchema = z.object({
  ticked: z.array(z.string()).max(50),
  /** Seconds spoken in all, to a tenth; capped (the recorder stops itself long before). */
  seconds: z.number().min(0).max(3600),
  mode: z.enum(['recorded', 'aloud']),
});
export type SpeakResponse = z.infer<typeof SpeakResponseSchema>;
