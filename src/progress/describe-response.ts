/**
 * A response in words, for the manager reading a report: which options were
 * picked, the order given, the text written. Indexes come from a file, so
 * every lookup allows for one that points nowhere.
 */
import type { z } from 'astro/zod';
import type { QuestionByKind } from '../quiz/engine/score';
import { responseSchemas, type ResponseByKind } from '../quiz/response';
import type { Question, QuestionKind } from '../quiz/schema';

type Describers = { [K in QuestionKind]: (question: QuestionByKind[K], response: ResponseByKind[K]) => string[] };

const missing = (i: number) => `(item ${i + 1}, which this question does not have)`;

const describers: Describers = {
  choice: (q, r) => (r.selected.length ? r.selected.map((i) => `Picked: ${q.options[i]?.text ?? missing(i)}`) : ['Picked nothing']),
  'spot-the-mistake': (q, r) =>
    r.selected.length ? r.selected.map((i) => `Marked as a mistake: ${q.segments[i] ? `${q.segments[i].who}: ${q.segments[i].text}` : missing(i)}`) : ['Marked no line'],
  order: (q, r) => r.order.map((i, n) => `${n + 1}. ${q.items[i] ?? missing(i)}`),
  classify: (q, r) =>
    r.placed.map((group, i) => `${q.items[i]?.text ?? missing(i)} → ${group === null ? '(not sorted)' : (q.groups.find((g) => g.id === group)?.label ?? `(unknown group "${group}")`)}`),
  dialogue: (q, r) => {
    const lines: string[] = [];
    let node = q.nodes[q.start];
    for (const i of r.path) {
      const choice = node?.choices?.[i];
      if (!choice) {
        lines.push(missing(i));
        break;
      }
      lines.push(`Said: ${choice.text}`);
      node = q.nodes[choice.next];
    }
    return lines.length ? lines : ['Said nothing'];
  },
  rewrite: (q, r) => [
    `Wrote: ${r.text.trim() || '(nothing)'}`,
    `Says it does: ${r.ticked.map((id) => q.rubric.find((x) => x.id === id)?.label ?? `(unknown "${id}")`).join('; ') || '(none ticked)'}`,
  ],
};

const schemas: { [K in QuestionKind]: z.ZodType<ResponseByKind[K]> } = responseSchemas;

function describeAs<K extends QuestionKind>(question: QuestionByKind[K], response: unknown): string[] {
  const kind: K = question.kind;
  const parsed = schemas[kind].safeParse(response);
  return parsed.success ? describers[kind](question, parsed.data) : ['(an answer this question cannot read)'];
}

export function describeResponse(question: Question, response: unknown): string[] {
  return describeAs(question, response);
}
