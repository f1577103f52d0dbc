/** A spot-the-mistake response in words, for the manager reading a report. */
import type { SpotTheMistakeQuestion } from './schema';
import type { SpotTheMistakeResponse } from './response';
import { byId, missing } from '../describe';

export function describeSpotTheMistake(q: SpotTheMistakeQuestion, r: SpotTheMistakeResponse): string[] {
  if (r.selected.length === 0) return ['Marked no line'];
  return r.selected.map((id) => {
    const s = byId(q.segments, id);
    return `Marked as a mistake: ${s ? `${s.who}: ${s.text}` : missing(id)}`;
  });
}
