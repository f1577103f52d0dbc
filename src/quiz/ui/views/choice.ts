import type { ViewFactory } from '../view';
import { picksView } from './picks';

export const choiceView: ViewFactory<'choice'> = (question, ctx) =>
  picksView(question.options.map((o) => ({ feedback: o.feedback, right: o.correct })), ctx);
