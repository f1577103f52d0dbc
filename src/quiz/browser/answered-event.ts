/**
 * The one event a question emits when it is answered (checked with a score,
 * or a dialogue reaching its end). It bubbles, so the progress store can
 * listen on document. Solutions shown are not answers and emit nothing.
 */
import type { QuestionKind } from '../schema';
import type { ResponseByKind } from '../kinds';

export const ANSWERED = 'course:answered';

export type AnsweredDetail = {
  [K in QuestionKind]: { questionId: string; kind: K; score: number; max: number; response: ResponseByKind[K] };
}[QuestionKind];

declare global {
  interface DocumentEventMap {
    [ANSWERED]: CustomEvent<AnsweredDetail>;
  }
}
