/**
 * What looks wrong in a report on its own, before any comparison with the
 * manager's assignment: claims for items its assignment does not list, a
 * question answered twice, a learner other than the one assigned, a pass mark
 * of 0. Each is a Finding: words, with the file's own texts (names) and days
 * kept apart so the page can isolate a name for bidi and write a day in the
 * reader's calendar.
 */
import type { CourseIndex } from './course-index';
import { findLesson, findQuiz } from './course-index';
import type { Report } from './report';

export type Segment = string | { name: string } | { day: string };
export type Finding = Segment[];

/** "Lesson: Connect before you pitch", a quiz's title, or the id itself when this course lacks it. */
export function itemTitle(id: string, index: CourseIndex): string {
  const key = id.slice(2);
  if (id.startsWith('L:')) {
    const lesson = findLesson(index, key);
    return lesson ? `Lesson: ${lesson.title}` : id;
  }
  return findQuiz(index, key)?.title ?? id;
}

/** "A, B and 3 more": a long list never floods the page. */
export function listOf(items: readonly string[], most = 5): string {
  const shown = items.slice(0, most);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

const repeated = (ids: readonly string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

export function reportNotes(report: Report, index: CourseIndex): Finding[] {
  const notes: Finding[] = [];
  const assigned = new Set(report.assignment.i);
  const outside = [...new Set(report.items.map((i) => i.id).filter((id) => !assigned.has(id)))];
  if (outside.length) notes.push([`The report claims items that its assignment does not list: ${listOf(outside.map((id) => itemTitle(id, index)))}.`]);
  const twiceClaimed = repeated(report.items.map((i) => i.id));
  if (twiceClaimed.length) notes.push([`The report claims the same item more than once: ${listOf(twiceClaimed.map((id) => itemTitle(id, index)))}.`]);
  const twice = repeated(report.answers.map((a) => a.q));
  if (twice.length)
    notes.push([
      `The same question is answered more than once in the practice answers (${twice.length === 1 ? '1 question' : `${twice.length} questions`}: ${listOf(twice)}).`,
    ]);
  if (report.learner !== report.assignment.n)
    notes.push(['The report is for ', { name: report.learner }, ', but the assignment inside it is for ', { name: report.assignment.n }, '.']);
  if (report.assignment.m === 0)
    notes.push(["The report's assignment has a pass mark of 0%: any quiz in it counts as done once every question has an answer, right or wrong."]);
  return notes;
}
