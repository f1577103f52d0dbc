/** A classify response in words, for the manager reading a report: every line, sorted or not. */
import type { ClassifyQuestion } from './schema';
import type { ClassifyResponse } from './response';
import { byId, missing } from '../describe';

export function describeClassify(q: ClassifyQuestion, r: ClassifyResponse): string[] {
  const group = (id: string) => byId(q.groups, id)?.label ?? `(unknown group "${id}")`;
  const sorted = q.items.map((item) => {
    const p = r.placed.find((x) => x.item === item.id);
    return `${item.text} → ${p === undefined ? '(not sorted)' : group(p.group)}`;
  });
  const strays = r.placed.filter((p) => byId(q.items, p.item) === undefined).map((p) => `${missing(p.item)} → ${group(p.group)}`);
  return [...sorted, ...strays];
}
