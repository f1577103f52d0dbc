/**
 * Authored quiz format: the single source of the quiz types.
 *
 * A quiz is one YAML file in `content/quizzes/<id>.yaml`:
 *   version: 1            # bump when the format changes; old files are migrated here, not in the engine
 *   title: "Practice: …"
 *   questions: [ … ]      # each one a `Question`, discriminated on `kind`
 *   draw: 15              # optional: ask this many, drawn from the pool (final assessment)
 *   passMark: 0.8         # optional: fraction of points needed to pass
 *
 * Text fields are plain text. They are always rendered as text, never as HTML.
 */
import { z } from 'astro/zod';
import { checkDialogueGraph } from './engine/dialogue-graph';

const text = z.string().trim().min(1);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

/** Fields every question kind shares. */
const QuestionBase = z.strictObject({
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

/** One option of a choice question. */
export const ChoiceOptionSchema = z.strictObject({
  /** What the learner reads. */
  text,
  /** Whether picking it is right. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong. */
  feedback: text,
});

/** Single or multiple answer. */
export const ChoiceQuestionSchema = QuestionBase.extend({
  kind: z.literal('choice'),
  /** Several options may be right: checkboxes instead of radios. */
  multiple: z.boolean().default(false),
  /** At least two options. */
  options: z.array(ChoiceOptionSchema).min(2),
}).superRefine((q, ctx) => {
  const right = q.options.filter((o) => o.correct).length;
  if (right === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'mark at least one option `correct: true`' });
  if (!q.multiple && right > 1) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a single-answer question has exactly one correct option (or set `multiple: true`)' });
});

/** One line of a call transcript. */
export const SegmentSchema = z.strictObject({
  /** Who says it, e.g. "Rep" or "Dana (rep)". */
  who: text,
  /** The words said. */
  text,
  /** Whether this line is a mistake the learner should spot. */
  mistake: z.boolean().default(false),
  /** Why this line works or goes wrong. */
  feedback: text,
});

/** Pick the line(s) of a transcript that go wrong. */
export const SpotTheMistakeQuestionSchema = QuestionBase.extend({
  kind: z.literal('spot-the-mistake'),
  /** Short scene-setter shown above the transcript. */
  scene: text.optional(),
  /** The transcript, in the order it was said. */
  segments: z.array(SegmentSchema).min(2),
}).superRefine((q, ctx) => {
  if (!q.segments.some((s) => s.mistake)) ctx.addIssue({ code: 'custom', path: ['segments'], message: 'mark at least one segment `mistake: true`' });
});

/** Put steps in order. Items are authored in the correct order. */
export const OrderQuestionSchema = QuestionBase.extend({
  kind: z.literal('order'),
  /** The steps, in the right order; the learner sees them shuffled. */
  items: z.array(text).min(3),
});

/** Sort lines into groups. */
export const ClassifyQuestionSchema = QuestionBase.extend({
  kind: z.literal('classify'),
  /** The groups, at least two. */
  groups: z.array(z.strictObject({ /** Referenced by items. */ id, /** Shown to the learner. */ label: text })).min(2),
  /** The lines to sort. */
  items: z
    .array(z.strictObject({ /** The line. */ text, /** Id of the group it belongs in. */ group: id, /** Why it belongs there. */ feedback: text }))
    .min(2),
}).superRefine((q, ctx) => {
  const groups = new Set(q.groups.map((g) => g.id));
  q.items.forEach((item, i) => {
    if (!groups.has(item.group)) ctx.addIssue({ code: 'custom', path: ['items', i, 'group'], message: `unknown group "${item.group}" (groups: ${[...groups].join(', ')})` });
  });
});

/** A choice the learner can make at a dialogue node. */
export const DialogueChoiceSchema = z.strictObject({
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
  choices: z.array(DialogueChoiceSchema).min(1).optional(),
  /** On an ending: a summary of how the call went. */
  ending: text.optional(),
});

/** A branching call simulator. */
export const DialogueQuestionSchema = QuestionBase.extend({
  kind: z.literal('dialogue'),
  /** Id of the first node. */
  start: id,
  /** Nodes by id. Must form a graph in which every path ends. */
  nodes: z.record(id, DialogueNodeSchema),
}).superRefine((q, ctx) => {
  for (const problem of checkDialogueGraph(q)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

/** Write your own opener or voicemail, then check it against a rubric. */
export const RewriteQuestionSchema = QuestionBase.extend({
  kind: z.literal('rewrite'),
  /** The situation to write for. */
  scene: text,
  /** Which plain-text hints apply. */
  target: z.enum(['opener', 'voicemail']),
  /** What a good answer does; the learner ticks what theirs does. */
  rubric: z.array(z.strictObject({ /** Stable id. */ id, /** What to look for. */ label: text })).min(2),
  /** A strong answer to compare with. */
  model: text,
  /** How long it may take to say, in seconds. */
  maxSeconds: z.number().int().positive().default(20),
});

/** Any question: the discriminated union on `kind`. */
export const QuestionSchema = z.discriminatedUnion('kind', [
  ChoiceQuestionSchema,
  SpotTheMistakeQuestionSchema,
  OrderQuestionSchema,
  ClassifyQuestionSchema,
  DialogueQuestionSchema,
  RewriteQuestionSchema,
]);

/** A quiz file. */
export const QuizSchema = z
  .object({
    /** Format version of this file. */
    version: z.literal(1),
    /** Heading shown above the questions. */
    title: text,
    /** The questions (the pool, when `draw` is set). */
    questions: z.array(QuestionSchema).min(1),
    /** Ask this many questions, drawn from the pool, fresh on each retry. */
    draw: z.number().int().positive().optional(),
    /** Fraction of points needed to pass, 0 to 1. */
    passMark: z.number().min(0).max(1).optional(),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"` });
      seen.add(q.id);
    });
    if (quiz.draw !== undefined && quiz.draw > quiz.questions.length)
      ctx.addIssue({ code: 'custom', path: ['draw'], message: `draw (${quiz.draw}) is more than the ${quiz.questions.length} questions in the pool` });
  });

export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type SpotTheMistakeQuestion = z.infer<typeof SpotTheMistakeQuestionSchema>;
export type OrderQuestion = z.infer<typeof OrderQuestionSchema>;
export type ClassifyQuestion = z.infer<typeof ClassifyQuestionSchema>;
export type DialogueQuestion = z.infer<typeof DialogueQuestionSchema>;
export type DialogueNode = z.infer<typeof DialogueNodeSchema>;
export type RewriteQuestion = z.infer<typeof RewriteQuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
export type Quiz = z.infer<typeof QuizSchema>;
