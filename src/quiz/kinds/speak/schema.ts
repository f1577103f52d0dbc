/**
 * Authored format of a speaking drill: the other party's lines are shown (and can be spoken by the
 * browser), the learner says each reply aloud, then ticks a yes/no rubric. Self-assessed, like rewrite.
 */
import { z } from 'astro/zod';
import { QuestionBase, id, text, withIds } from '../../question-fields';

export const SpeakQuestionSchema = QuestionBase.extend({
  kind: z.literal('speak'),
  /** Who the learner calls and why: one or two sentences. */
  scene: text,
  /** Which rubric hints apply to a transcript: an opener, or a voicemail left after the ladder ran out. */
  target: z.enum(['opener', 'voicemail']),
  /** About how long each of the learner's replies should take to say, in seconds (25 for an opener, 20 for a voicemail). */
  targetSeconds: z.number().int().min(5).max(120),
  /** The call, turn by turn: the other party's line, then the learner's reply (a model reply, shown after the attempt). */
  turns: withIds(
    z.strictObject({
      /** Stable id. */
      id,
      /** Who speaks the line, e.g. "Kayla (receptionist)" or "Voicemail greeting". */
      who: text,
      /** What they say; the browser can speak it. */
      line: text,
      /** A strong reply to compare with. */
      model: text,
    }),
  )
    .min(1)
    .max(4),
  /** Yes/no checks the learner ticks after saying it (connect, a reason about them, one easy question…). */
  rubric: withIds(z.strictObject({ /** Stable id. */ id, /** What to listen for. */ label: text })).min(2),
});

export type SpeakQuestion = z.infer<typeof SpeakQuestionSchema>;
