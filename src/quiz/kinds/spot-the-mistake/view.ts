// The browser half of a spot-the-mistake question: the shared picks view.
import type { ViewFactory } from '../../browser/view';
import { picksView } from '../../browser/picks-view';

// "Right" here means "this line is a mistake": those are the lines to select.
export const view: ViewFactory<'spot-the-mistake'> = (question, ctx) =>
  picksView(
    question.segments.map((s) => ({ id: s.id, feedback: s.feedback, right: s.mistake })),
    ctx,
  );
