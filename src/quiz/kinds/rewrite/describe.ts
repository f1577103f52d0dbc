/** A rewrite response in words, for the manager reading a report: the text and what the learner says it does. */
import type { RewriteQuestion } from './schema';
import type { RewriteResponse } from './response';
import { byId } from '../describe';

export const describeRewrite = (q: RewriteQuestion, r: RewriteResponse): string[] => [
  `Wrote: ${r.text.trim() || '(nothing)'}`,
  `Says it does: ${r.ticked.map((id) => byId(q.rubric, id)?.label ?? `(unknown "${id}")`).join('; ') || '(none ticked)'}`,
];
