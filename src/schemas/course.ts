/**
 * Frontmatter and data schemas for the course content in `content/`.
 * Types are derived from these; nothing else declares the content's shape.
 */
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

/** The two articles the course teaches. Their titles live in `src/data/sources.ts`. */
export const SourceIdSchema = z.enum(['opener', 'voicemail']);

/** The ideas from the articles that the course must teach and assess (ids O1…O10, V1…V11). */
export const IdeaIdSchema = z.string().regex(/^[OV]\d{1,2}$/, 'an idea id such as O3 or V10');

/** A module: a group of lessons. `content/modules/<id>.yaml`. */
export const ModuleSchema = z.strictObject({
  /** Shown in the outline and on the home page. */
  title: z.string().min(1),
  /** One or two sentences on what the module teaches. */
  summary: z.string().min(1),
  /** Position in the course, from 1. */
  order: z.number().int().positive(),
});

/** Something the learner can do after the lesson. */
export const ObjectiveSchema = z.strictObject({
  /** Stable id, unique across the course; quiz questions point at it. */
  id,
  /** "You can …", in the learner's words. */
  text: z.string().min(1),
  /** Which ideas from the source articles this objective covers. */
  ideas: z.array(IdeaIdSchema).default([]),
});

/** A lesson's frontmatter. `content/lessons/<NN-module>/<NN-slug>.mdx`. */
export const LessonSchema = z.strictObject({
  /** The lesson's heading and page title. */
  title: z.string().min(1),
  /** One sentence for search results, the home page and meta description. */
  description: z.string().min(1),
  /** Id of the module it belongs to (a file name in `content/modules/`). */
  module: id,
  /** Position within its module, from 1, unique in the module. */
  order: z.number().int().positive(),
  /** Reading time in minutes, practice included. */
  minutes: z.number().int().positive(),
  /** What the learner will be able to do. */
  objectives: z.array(ObjectiveSchema).min(1),
  /** Which source articles it draws on; credited in the lesson footer. */
  sources: z.array(SourceIdSchema).default([]),
});

/** A page around the lessons (start, call card, glossary, assessment). `content/pages/<id>.mdx`. */
export const PageSchema = z.strictObject({
  /** Heading and page title. */
  title: z.string().min(1),
  /** One sentence for search results and meta description. */
  description: z.string().min(1),
  /** What sort of page it is: used by search filters and layout. */
  kind: z.enum(['guide', 'glossary', 'card', 'assessment']),
  /** Where it sits in its group's list, from 1. */
  order: z.number().int().positive(),
  /** Which source articles it draws on. */
  sources: z.array(SourceIdSchema).default([]),
  /** Which list of the outline and home page it sits in: around the course, for managers, or tools (src/utils/page-groups.ts). */
  group: z.enum(['course', 'managers', 'tools']).default('course'),
});

/** One idea from the articles. `content/ideas.yaml`. */
// Not strict: the file() loader adds each entry's `id` to its data.
export const IdeaSchema = z.object({
  /** The idea, in a sentence. */
  text: z.string().min(1),
  /** Which article it comes from. */
  source: SourceIdSchema,
});

export type Module = z.infer<typeof ModuleSchema>;
export type Lesson = z.infer<typeof LessonSchema>;
export type Objective = z.infer<typeof ObjectiveSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Idea = z.infer<typeof IdeaSchema>;
export type SourceId = z.infer<typeof SourceIdSchema>;
