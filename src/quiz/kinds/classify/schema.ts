/** Authored format of a classify question: sort lines into groups. */
import { z } from 'astro/zod';
import { QuestionBase, id, text, withIds } from '../../question-fields';

export const ClassifyQuestionSchema = QuestionBase.extend({
  kind: z.literal('classify'),
  /** The groups, at least two. */
  groups: withIds(z.strictObject({ /** Referenced by items. */ id, /** Shown to the learner. */ label: text })).min(2),
  /** The lines to sort. */
  items: withIds(
    z.strictObject({
      /** Stable id, unique among the items: a saved answer names it. */
      id,
      /** The line. */
      text,
      /** Id of the group it belongs in. */
      group: id,
      /** Why it belongs there. */
      feedback: text,
    }),
  ).min(2),
}).superRefine((q, ctx) => {
  const groups = new Set(q.groups.map((g) => g.id));
  q.items.forEach((item, i) => {
    if (!groups.has(item.group))
      ctx.addIssue({ code: 'custom', path: ['items', i, 'group'], message: `unknown group "${item.group}" (groups: ${[...groups].join(', ')})` });
  });
});

export type ClassifyQuestion = z.infer<typeof ClassifyQuestionSchema>;
