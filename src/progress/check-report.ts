/**
 * The manager's check of a report: every answer is scored again with the
 * course's own engine (scoreQuestion validates the response first), the
 * items and assessments are recomputed from those scores by the same rules as
 * the trainee's page, and each is set beside what the report claims. Any
 * difference, unknown question or misplaced answer is a problem.
 *
 * The assignment inside the report is the trainee's browser's word too, so it
 * proves nothing about what was set: given the manager's own assignment (the
 * link they sent), the check also lists how the report's assignment differs
 * from it and judges the items of the manager's assignment, at the manager's
 * pass mark, from the re-scored answers alone (report-headline.ts sums it up).
 */
import { describeResponse, scoreQuestion } from '../quiz/kinds';
import { assessmentScore, passed } from '../quiz/engine/result';
import { points } from '../quiz/engine/score';
import type { Question } from '../quiz/schema';
import { meets } from './assignment-status';
import type { CourseIndex, QuestionBank } from './course-index';
import { findLesson, findQuiz } from './course-index';
import type { Assignment } from './assignment';
import { assignmentDifferences } from './compare-assignment';
import type { Report, ReportAnswer } from './report';
import type { Finding } from './report-notes';
import { reportNotes } from './report-notes';

export type Verdict = 'match' | 'mismatch' | 'unknown' | 'invalid' | 'misplaced';

export interface AnswerCheck {
  q: string;
  prompt?: string;
  claimed: { score: number; max: number };
  /** The engine's score; absent when the question is unknown or the response unreadable. */
  actual?: { score: number; max: number };
  verdict: Verdict;
  /** The response in words. */
  lines: string[];
}

export interface ItemCheck {
  id: string;
  title: string;
  claimed?: { done: boolean; score?: number };
  actual: { done: boolean; score?: number };
  verdict: 'match' | 'mismatch' | 'unknown';
}

export interface AssessmentCheck {
  quiz: string;
  title: string;
  claimed: { score: number; max: number; passed: boolean };
  actual: { score: number; max: number; passed: boolean };
  answers: AnswerCheck[];
  verdict: 'match' | 'mismatch' | 'unknown';
  notes: string[];
}

export interface ReportCheck {
  report: Report;
  items: ItemCheck[];
  answers: AnswerCheck[];
  assessments: AssessmentCheck[];
  /** How many of the above do not match (or cannot be checked). */
  problems: number;
  /** Whether the report was made against the same questions as this site has. */
  sameQuestions: boolean;
  /** What looks wrong in the report's own assignment or answers, whatever the manager set. */
  notes: Finding[];
  /** Items of the report's own assignment that its answers show done. */
  done: number;
  /** Set when the manager gave their own assignment to check against. */
  expected?: ExpectedCheck;
}

export interface ExpectedCheck {
  assignment: Assignment;
  /** How the report's assignment differs from the manager's, each in words; none means it answers it. */
  differences: Finding[];
  /** Each item of the manager's assignment, judged from the re-scored answers at the manager's pass mark. */
  items: ItemCheck[];
  /** Every item of the manager's assignment is done, by the answers. */
  passed: boolean;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

interface Banked {
  question: Question;
  quiz: string;
}

function checkAnswer(answer: ReportAnswer, bank: Map<string, Banked>, allowedQuiz: (quiz: string, draw: boolean) => boolean, draws: Set<string>): AnswerCheck {
  const base = { q: answer.q, claimed: { score: answer.score, max: answer.max } };
  const found = bank.get(answer.q);
  if (!found) return { ...base, verdict: 'unknown', lines: ['This question is not in this course.'] };
  const prompt = found.question.prompt;
  const lines = describeResponse(found.question, answer.response);
  const score = scoreQuestion(found.question, answer.response);
  if (score.type === 'invalid') return { ...base, prompt, verdict: 'invalid', lines };
  const actual = { score: score.earned, max: score.total };
  if (!allowedQuiz(found.quiz, draws.has(found.quiz))) return { ...base, prompt, actual, verdict: 'misplaced', lines };
  return { ...base, prompt, actual, verdict: close(actual.score, answer.score) && close(actual.max, answer.max) ? 'match' : 'mismatch', lines };
}

const fractionOf = (c: AnswerCheck) => (c.actual && c.actual.max > 0 ? c.actual.score / c.actual.max : 0);

/** Checks a report; with the manager's own assignment (`expected`), also against that. */
export function checkReport(report: Report, bank: QuestionBank, index: CourseIndex, expected?: Assignment): ReportCheck {
  const byId = new Map<string, Banked>();
  for (const quiz of bank.quizzes) for (const question of quiz.questions) byId.set(question.id, { question, quiz: quiz.id });
  const draws = new Set(bank.quizzes.filter((q) => q.draw).map((q) => q.id));

  // Practice answers belong to practice quizzes; an assessment's to that assessment.
  const answers = report.answers.map((a) => checkAnswer(a, byId, (_, draw) => !draw, draws));
  const usable = new Map(answers.filter((a) => a.actual && a.verdict !== 'misplaced').map((a) => [a.q, a]));

  const assessments: AssessmentCheck[] = report.assessments.map((claim) => {
    const quiz = bank.quizzes.find((q) => q.id === claim.quiz);
    const checked = claim.answers.map((a) => checkAnswer(a, byId, (q) => q === claim.quiz, draws));
    const notes: string[] = [];
    const ids = claim.answers.map((a) => a.q);
    if (new Set(ids).size !== ids.length) notes.push('The same question is answered more than once.');
    if (quiz?.draw && claim.answers.length !== quiz.draw) notes.push(`It has ${claim.answers.length} answers; this assessment asks ${quiz.draw} questions.`);
    // Scored as the assessment page scores it: each question worth one (an unreadable answer counts 0).
    const { score, max } = assessmentScore(checked.map((c) => points(c.actual?.score ?? 0, c.actual?.max ?? 0)));
    const actual = { score, max, passed: quiz ? max > 0 && passed(score / max, quiz.passMark) : false };
    const fine = quiz && notes.length === 0 && checked.every((c) => c.verdict === 'match');
    const same = close(score, claim.score) && max === claim.max && actual.passed === claim.passed;
    return {
      quiz: claim.quiz,
      title: findQuiz(index, claim.quiz)?.title ?? claim.quiz,
      claimed: { score: claim.score, max: claim.max, passed: claim.passed },
      actual,
      answers: checked,
      verdict: !quiz ? 'unknown' : fine && same ? 'match' : 'mismatch',
      notes,
    };
  });

  const judge = (ids: readonly string[], mark: number): ItemCheck[] => ids.map((id) => judgeItem(id, mark, report, usable, assessments, index));
  const items = judge(report.assignment.i, report.assignment.m);
  const expectedCheck = expected && {
    assignment: expected,
    differences: assignmentDifferences(expected, report, index),
    items: judge(expected.i, expected.m),
  };

  const problems =
    answers.filter((a) => a.verdict !== 'match').length +
    assessments.filter((a) => a.verdict !== 'match').length +
    items.filter((i) => i.verdict !== 'match').length;
  return {
    report,
    items,
    answers,
    assessments,
    problems,
    sameQuestions: report.rev === bank.rev,
    notes: reportNotes(report, index),
    done: items.filter((i) => i.actual.done).length,
    ...(expectedCheck ? { expected: { ...expectedCheck, passed: expectedCheck.items.every((i) => i.actual.done) } } : {}),
  };
}

/** One item, done or not by the re-scored answers alone, at this pass mark; beside it, what the report claims. */
function judgeItem(id: string, mark: number, report: Report, usable: Map<string, AnswerCheck>, assessments: AssessmentCheck[], index: CourseIndex): ItemCheck {
  const claimed = report.items.find((i) => i.id === id);
  const claim = claimed ? { done: claimed.done, ...(claimed.score === undefined ? {} : { score: claimed.score }) } : undefined;
  const key = id.slice(2);
  const lesson = id.startsWith('L:') ? findLesson(index, key) : undefined;
  const quiz = id.startsWith('Q:') ? findQuiz(index, key) : undefined;
  let actual: ItemCheck['actual'];
  if (lesson) actual = { done: lesson.questions.every((q) => usable.has(q)) };
  else if (quiz?.draw) {
    const ran = assessments.filter((a) => a.quiz === quiz.id && a.verdict === 'match');
    const score = Math.max(-1, ...ran.map((a) => (a.actual.max ? a.actual.score / a.actual.max : 0)));
    actual = score < 0 ? { done: false } : { done: meets(score, mark), score };
  } else if (quiz) {
    const found = quiz.questions.map((q) => usable.get(q.id));
    const score = found.reduce((s, c) => s + (c ? fractionOf(c) : 0), 0) / (found.length || 1);
    actual = { done: found.every(Boolean) && meets(score, mark), score };
  } else return { id, title: key, ...(claim ? { claimed: claim } : {}), actual: { done: false }, verdict: 'unknown' };
  const same =
    claim !== undefined && claim.done === actual.done && (claim.score === undefined || (actual.score !== undefined && close(claim.score, actual.score)));
  return { id, title: (lesson ?? quiz)?.title ?? key, ...(claim ? { claimed: claim } : {}), actual, verdict: same ? 'match' : 'mismatch' };
}
