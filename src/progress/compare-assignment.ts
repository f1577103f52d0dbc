/**
 * How the assignment inside a report differs from the one the manager set
 * (the link they sent): trainee, items, pass mark, dates. The manager's note
 * is left out, as it changes nothing that is judged. No difference means the
 * report answers the manager's assignment.
 */
import type { Assignment } from './assignment';
import type { CourseIndex } from './course-index';
import type { Report } from './report';
import type { Finding } from './report-notes';
import { itemTitle, listOf } from './report-notes';

const day = (d: string | undefined) => (d === undefined ? 'none' : { day: d });

export function assignmentDifferences(expected: Assignment, report: Report, index: CourseIndex): Finding[] {
  const theirs = report.assignment;
  const out: Finding[] = [];
  if (theirs.n !== expected.n) out.push(['Trainee: your assignment is for ', { name: expected.n }, "; the report's is for ", { name: theirs.n }, '.']);
  else if (report.learner !== expected.n)
    out.push(['Trainee: your assignment is for ', { name: expected.n }, '; the report is made out to ', { name: report.learner }, '.']);
  const missing = expected.i.filter((id) => !theirs.i.includes(id));
  if (missing.length) out.push([`Missing from the report's assignment: ${listOf(missing.map((id) => itemTitle(id, index)))}.`]);
  const extra = theirs.i.filter((id) => !expected.i.includes(id));
  if (extra.length) out.push([`In the report's assignment but not in yours: ${listOf(extra.map((id) => itemTitle(id, index)))}.`]);
  if (theirs.m !== expected.m) out.push([`Pass mark: yours is ${expected.m}%; the report's is ${theirs.m}%.`]);
  if (theirs.c !== expected.c) out.push(['Set on: yours was set on ', day(expected.c), "; the report's on ", day(theirs.c), '.']);
  if (theirs.d !== expected.d) out.push(['Due date: yours is ', day(expected.d), "; the report's is ", day(theirs.d), '.']);
  return out;
}
