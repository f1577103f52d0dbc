/** Authored format of a spot-the-mistake question: pick the line(s) of a transcript that go wrong. */
import { z } from 'astro/zod';
import { QuestionBase, id, text, withIds } from '../../question-fields';

/** One line of a call transcript. */
export const SegmentSchema = z.strictObject({
  /** Stable id, unique among the segments: a saved answer names it. */
  id,
  /** Who says it, e.g. "Rep" or "Dana (rep)". */
  who: text,
  /** The words said. */
  text,
  /** Whether this line is a mistake the learner should spot. */
  mistake: z.boolean().default(false),
  /** Why this line works or goes wrong. */
  feedback: text,
});

export const SpotTheMistakeQuestionSchema = QuestionBase.extend({
  kind: z.literal('spot-the-mistake'),
  /** Short scene-setter shown above the transcript. */
  scene: text.optional(),
  /** The transcript, in the order it was said. */
  segments: withIds(SegmentSchema).min(2),
}).superRefine((q, ctx) => {
  if (!q.segments.some((s) => s.mistake)) ctx.addIssue({ code: 'custom', path: ['segments'], message: 'mark at least one segment `mistake: true`' });
});

export type SpotTheMistakeQuestion = z.infer<typeof SpotTheMistakeQuestionSchema>;
