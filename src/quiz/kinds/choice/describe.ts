/** A choice response in words, for the manager reading a report. */
import type { ChoiceQuestion } from './schema';
import type { ChoiceResponse } from './response';
import { byId, missing } from '../describe';

export const describeChoice = (q: ChoiceQuestion, r: ChoiceResponse): string[] =>
  r.selected.length ? r.selected.map((id) => `Picked: ${byId(q.options, id)?.text ?? missing(id)}`) : ['Picked nothing'];
