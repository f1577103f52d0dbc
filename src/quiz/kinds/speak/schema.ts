/**
 * Authored format of a speaking drill: the other party says a line (shown, and
 * spoken by the browser on request), the learner answers aloud, then ticks a
 * yes/no rubric and compares with a model answer. Several turns make a
 * multi-turn drill (a receptionist, then the prospect).
 */
import { z } from 'astro/zod';
import { QuestionBase, id, text, withIds } from '../../question-fields';

const TurnSchema = z.strictObject({
  /** Stable id, unique within the drill. */
  id,
  /** Who says the line, as a transcript names a speaker: "Dale (office manager)". */
  who: text,
  /** What they say; the learner answers it aloud. */
  line: text,
  /** A strong spoken reply to this line, shown after the attempt. */
  model: text,
});

export const SpeakQuestionSchema = QuestionBase.extend({
  kind: z.literal('speak'),
  /** The situation: who the learner is calling and why. */
  scene: text,
  /** Which transcript hints apply (the rewrite kind's opener or voicemail hints). */
  target: z.enum(['opener', 'voicemail']),
  /** How long each spoken reply should take, in seconds. */
  targetSeconds: z.number().int().min(5).max(120).default(25),
  /** The other party's lines, in order; the learner answers each aloud. */
  turns: withIds(TurnSchema).min(1).max(6),
  /** What a good spoken answer does; the learner ticks what theirs did. */
  rubric: withIds(z.strictObject({ /** Stable id. */ id, /** What to listen for. */ label: text })).min(2),
});

export type SpeakQuestion = z.infer<typeof SpeakQuestionSchema>;
