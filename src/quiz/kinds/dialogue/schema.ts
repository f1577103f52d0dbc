/** Authored format of a dialogue question: a branching call simulator. */
import { z } from 'astro/zod';
import { checkDialogueGraph } from '../../engine/dialogue-graph';
import { QuestionBase, id, text, withIds } from '../../question-fields';

/** A choice the learner can make at a dialogue node. */
export const DialogueChoiceSchema = z.strictObject({
  /** Stable id, unique among this node's choices: a saved path names it. */
  id,
  /** What the learner says. */
  text,
  /** How the other party hears it. */
  feedback: text,
  /** Points for this move (0 for a poor one). */
  points: z.number().int().min(0).max(10),
  /** Id of the node this leads to. */
  next: id,
});

/** A line said by the other party, and what the learner may say back. */
export const DialogueNodeSchema = z.strictObject({
  /** Who speaks: "Receptionist", "Prospect", "Voicemail greeting". */
  speaker: text,
  /** What they say. */
  line: text,
  /** The learner's options; absent on an ending. */
  choices: withIds(DialogueChoiceSchema).min(1).optional(),
  /** On an ending: a summary of how the call went. */
  ending: text.optional(),
});

export const DialogueQuestionSchema = QuestionBase.extend({
  kind: z.literal('dialogue'),
  /** Id of the first node. */
  start: id,
  /** Nodes by id. Must form a graph in which every path ends. */
  nodes: z.record(id, DialogueNodeSchema),
}).superRefine((q, ctx) => {
  for (const problem of checkDialogueGraph(q)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

export type DialogueQuestion = z.infer<typeof DialogueQuestionSchema>;
export type DialogueNode = z.infer<typeof DialogueNodeSchema>;
export type DialogueChoice = z.infer<typeof DialogueChoiceSchema>;
