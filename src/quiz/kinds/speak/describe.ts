/** A speaking drill's response in words, for the manager reading a report: self-assessed, so it says so. */
import type { SpeakQuestion } from './schema';
import type { SpeakResponse } from './response';
import { byId } from '../describe';

export const describeSpeak = (q: SpeakQuestion, r: SpeakResponse): string[] => [
  `Said it aloud (${r.mode === 'recorded' ? 'recorded on their device' : 'timed, not recorded'}): ${Math.round(r.seconds)} s, aiming for about ${q.targetSeconds} s a reply`,
  `Self-assessed, says it did: ${r.ticked.map((id) => byId(q.rubric, id)?.label ?? `(unknown "${id}")`).join('; ') || '(none ticked)'}`,
];
