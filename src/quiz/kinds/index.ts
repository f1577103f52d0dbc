/**
 * The registry of question kinds. A kind lives in its own folder,
 * src/quiz/kinds/<kind>/, and has these parts:
 *
 *   schema.ts      authored format (Zod); joined into QuestionSchema in ../schema.ts, the list of kinds
 *   response.ts    a learner's answer (Zod), stored in progress and reports: responseSchemas below
 *   score.ts       pure scorer, (response, question) => Score: scorers.ts (Zod-free, for the browser too)
 *   describe.ts    the answer in words, for reports: describers below
 *   <Kind>.astro   server render, complete without JavaScript: renderers.ts (build only)
 *   view.ts        browser behaviour, loaded only for the kinds on a page: views.ts (browser only)
 *   (tests)        tests/unit/quiz/kinds/<kind>/, and one driver per kind in tests/e2e/quiz-driver.ts
 *
 * Every map is typed over QuestionKind, so adding a kind to QuestionSchema
 * fails to compile until each map has it. The maps sit in three files
 * because they run in different places: this one in Node and on the report
 * pages, renderers.ts only at build time (Astro components), views.ts only in
 * the browser (and without Zod).
 */
import { z } from 'astro/zod';
import type { Question, QuestionByKind, QuestionKind } from '../schema';
import type { Score } from '../engine/score';
import { invalid } from '../engine/score';
import { scorers } from './scorers';
import { ChoiceResponseSchema } from './choice/response';
import { ClassifyResponseSchema } from './classify/response';
import { DialogueResponseSchema } from './dialogue/response';
import { OrderResponseSchema } from './order/response';
import { RewriteResponseSchema } from './rewrite/response';
import { SpeakResponseSchema } from './speak/response';
import { SpotTheMistakeResponseSchema } from './spot-the-mistake/response';
import { describeChoice } from './choice/describe';
import { describeClassify } from './classify/describe';
import { describeDialogue } from './dialogue/describe';
import { describeOrder } from './order/describe';
import { describeRewrite } from './rewrite/describe';
import { describeSpeak } from './speak/describe';
import { describeSpotTheMistake } from './spot-the-mistake/describe';

export const responseSchemas = {
  choice: ChoiceResponseSchema,
  'spot-the-mistake': SpotTheMistakeResponseSchema,
  order: OrderResponseSchema,
  classify: ClassifyResponseSchema,
  dialogue: DialogueResponseSchema,
  rewrite: RewriteResponseSchema,
  speak: SpeakResponseSchema,
} satisfies { [K in QuestionKind]: z.ZodType };

/** The response type for each kind. */
export type ResponseByKind = { [K in QuestionKind]: z.infer<(typeof responseSchemas)[K]> };

export type Describer<K extends QuestionKind> = (question: QuestionByKind[K], response: ResponseByKind[K]) => string[];

export const describers: { [K in QuestionKind]: Describer<K> } = {
  choice: describeChoice,
  'spot-the-mistake': describeSpotTheMistake,
  order: describeOrder,
  classify: describeClassify,
  dialogue: describeDialogue,
  rewrite: describeRewrite,
  speak: describeSpeak,
};

export type AnyResponse = { [K in QuestionKind]: { kind: K; response: ResponseByKind[K] } }[QuestionKind];

// The map is typed over QuestionKind, so its keys are exactly the kinds.
const [first, ...rest] = (Object.keys(responseSchemas) as QuestionKind[]).map((kind) => z.object({ kind: z.literal(kind), response: responseSchemas[kind] }));
/**
 * An untrusted `{ kind, response }` pair, e.g. one entry of a saved report: one variant per entry of responseSchemas.
 * Built from the map, Zod's inferred type loses the link between a kind and its response; AnyResponse restates it.
 */
export const AnyResponseSchema = z.discriminatedUnion('kind', [first!, ...rest]) as z.ZodType<AnyResponse>;

// Typed per kind so that schemas[kind] parses to exactly ResponseByKind[K]; indexing a mapped type with a generic K
// keeps question, response and scorer in step without a cast.
const schemas: { [K in QuestionKind]: z.ZodType<ResponseByKind[K]> } = responseSchemas;

function parseFor<K extends QuestionKind>(question: QuestionByKind[K], response: unknown): ResponseByKind[K] | undefined {
  const kind: K = question.kind;
  const parsed = schemas[kind].safeParse(response);
  return parsed.success ? parsed.data : undefined;
}

/** Scores a typed response with its kind's scorer. */
export function scoreWith<K extends QuestionKind>(question: QuestionByKind[K], response: ResponseByKind[K]): Score {
  const kind: K = question.kind;
  return scorers[kind](response, question);
}

function scoreAs<K extends QuestionKind>(question: QuestionByKind[K], response: unknown): Score {
  const parsed = parseFor(question, response);
  return parsed === undefined ? invalid('This answer could not be read; please answer the question again.') : scoreWith(question, parsed);
}

function describeAs<K extends QuestionKind>(question: QuestionByKind[K], response: unknown): string[] {
  const kind: K = question.kind;
  const parsed = parseFor(question, response);
  return parsed === undefined ? ['(an answer this question cannot read)'] : describers[kind](question, parsed);
}

/** Scores an untrusted response (from storage or a report file): checks its shape for the question's kind first. */
export const scoreQuestion = (question: Question, response: unknown): Score => scoreAs(question, response);

/** An untrusted response in words, for the manager reading a report: which options were picked, the order given, the text written. */
export const describeResponse = (question: Question, response: unknown): string[] => describeAs(question, response);

export { scorers };
