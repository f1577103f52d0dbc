/** A dialogue response in words, for the manager reading a report: what the learner said, step by step. */
import type { DialogueQuestion } from './schema';
import type { DialogueResponse } from './response';
import { nodeById } from '../../engine/dialogue-walk';
import { byId, missing } from '../describe';

export function describeDialogue(q: DialogueQuestion, r: DialogueResponse): string[] {
  const lines: string[] = [];
  let node = nodeById(q, q.start);
  for (const id of r.path) {
    const choice = byId(node?.choices ?? [], id);
    if (!choice) {
      lines.push(missing(id));
      break;
    }
    lines.push(`Said: ${choice.text}`);
    node = nodeById(q, choice.next);
  }
  return lines.length ? lines : ['Said nothing'];
}
