import type { ViewFactory } from '../view';
import { picksView } from './picks';

// "Right" here means "this line is a mistake": those are the lines to select.
export const spotTheMistakeView: ViewFactory<'spot-the-mistake'> = (question, ctx) =>
  picksView(question.segments.map((s) => ({ feedback: s.feedback, right: s.mistake })), ctx);
