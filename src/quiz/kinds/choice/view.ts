// The browser half of a choice question: the shared picks view.
import type { ViewFactory } from '../../browser/view';
import { picksView } from '../../browser/picks-view';

export const view: ViewFactory<'choice'> = (question, ctx) =>
  picksView(
    question.options.map((o) => ({ id: o.id, feedback: o.feedback, right: o.correct })),
    ctx,
  );
