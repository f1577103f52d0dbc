// The team board's test course: the real course (progress fixtures) with its
// idea map built from content/ as the site builds it, and reports for
// trainees who pass, fail or tamper.
import type { Assignment } from '../../../src/progress/assignment';
import { encodeAssignment } from '../../../src/progress/assignment';
import { findLesson, findQuiz } from '../../../src/progress/course-index';
import { assess, completeIfAnswered } from '../../../src/progress/record';
import type { Report } from '../../../src/progress/report';
import { buildReport } from '../../../src/progress/report';
import type { CourseData } from '../../../src/team/board';
import { buildIdeaMap } from '../../../src/team/idea-map';
import { readIdeas, readMdx } from '../content/load-content';
import { SAM_ASSIGNMENT, T0, answerAll, progress, realCourse } from '../progress/fixtures';

const real = realCourse();
const lessons = readMdx('lessons').map((l) => {
  const data = l.data as { title: string; module: string; objectives: { id: string; ideas?: string[] }[] };
  const slug = (l.file.split('/').pop() ?? '').replace(/\.mdx$/, '').replace(/^\d+-/, '');
  return { title: data.title, url: `/course/${data.module}/${slug}/`, objectives: data.objectives.map((o) => ({ id: o.id, ideas: o.ideas ?? [] })) };
});
export const ideas = buildIdeaMap({
  ideas: Object.entries(readIdeas()).map(([id, v]) => ({ id, text: v.text })),
  lessons,
  questions: real.quizzes.flatMap((q) => q.data.questions.map((x) => ({ id: x.id, objectives: x.objectives }))),
});
export const course: CourseData = { index: real.index, bank: real.bank, ideas };

const lessonIds = findLesson(real.index, 'openers/connect-first')?.questions ?? [];
const pool = real.bank.quizzes.find((q) => q.id === 'final-assessment')?.questions.map((q) => q.id) ?? [];
const drawn = pool.slice(0, findQuiz(real.index, 'final-assessment')?.draw ?? 15);

export const assignmentFor = (n: string): Assignment => ({ ...SAM_ASSIGNMENT, n });

/** A report as the trainee's page makes it: everything right (and the assessment passed), or the practice wrong and no assessment. */
export function reportFor(n: string, right: boolean): Report {
  let s = answerAll(progress(), real.questions, lessonIds, T0, right);
  s = completeIfAnswered(s, 'openers/connect-first', lessonIds, T0 + 2000);
  if (right) {
    s = answerAll(s, real.questions, drawn, T0 + 10_000);
    s = assess(s, 'final-assessment', { at: T0 + 20_000, score: drawn.length, max: drawn.length, passed: true, questions: drawn });
  }
  return buildReport(assignmentFor(n), s, real.index, T0 + 30_000);
}

/** A report with one wrong answer's claim raised to full marks. */
export function tampered(n: string): Report {
  const r = JSON.parse(JSON.stringify(reportFor(n, false))) as Report;
  const first = r.answers[0];
  if (first) first.score = first.max;
  return r;
}

export const file = (name: string, value: unknown) => ({ name, text: typeof value === 'string' ? value : JSON.stringify(value) });
export const linkFile = (name: string, a: Assignment) => file(name, `https://example.org/course/assignment/#a=${encodeAssignment(a)}\n`);
