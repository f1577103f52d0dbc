/**
 * Zod pieces every question kind's schema is built from: plain text, ids,
 * lists of things with ids, and the fields all questions share.
 */
import { z } from 'astro/zod';

export const text = z.string().trim().min(1);
export const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

/**
 * A list whose entries carry an `id`, unique within the list. Saved answers
 * name these ids (never positions), so reordering a list in the YAML cannot
 * change what a saved answer means; a duplicate would make an answer ambiguous.
 */
export function withIds<T extends z.ZodType<{ id: string }>>(entry: T) {
  return z.array(entry).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${e.id}" in this list` });
      seen.add(e.id);
    });
  });
}

/** Fields every question kind shares. */
export const QuestionBase = z.strictObject({
  /** Stable id, unique across the course: progress and reports store it. */
  id,
  /** What the learner is asked to do. */
  prompt: text,
  /** Objective ids (from lesson frontmatter) this question assesses. */
  objectives: z.array(id).min(1),
  /** Shown after the learner checks, and behind <details> without JavaScript. */
  explanation: text,
  /**
   * Show choice options / classify items in a seeded shuffled order (seed: the
   * question id, so the server render and the browser agree). On by default:
   * writers tend to put the right answer first. Set false when order matters
   * ("None of the above"). Order questions always shuffle.
   */
  shuffle: z.boolean().default(true),
});
