/**
 * The completion report file a trainee sends back (JSON, format 2):
 *
 *   { "format": "warm-open-report", "v": 2,
 *     "rev": "3f9c…",                 fingerprint of the course's questions when it was made
 *     "made": 1764000000000,           time
 *     "learner": "Sam Okafor",
 *     "assignment": { …assignment.ts's object… },
 *     "items": [{ "id": "Q:connect-first", "done": true, "score": 0.9 }],        what the trainee's page says
 *     "answers": [{ "q": "<question id>", "t": 1764…, "score": 1, "max": 1, "response": {…} }],
 *                                      practice: each question's best attempt
 *     "assessments": [{ "quiz": "final-assessment", "t": 1764…, "score": 13.5, "max": 15, "passed": true,
 *                       "answers": [ …as above, the responses that attempt used… ] }] }
 *
 * Format 2 differs from 1 only in its responses, which name options by id
 * (state.ts); report-file.ts reads a format-1 file by migrating them.
 * It carries the answers themselves, so the manager's page can score them
 * again (check-report.ts). Claims and answers are both just data the trainee's
 * browser wrote: a check proves that these answers earn these scores, not who
 * gave them. Reading a file back (with Zod) is report-file.ts's, so the
 * trainee's pages, which only build reports, load no Zod.
 */
import type { Assignment } from './assignment';
import { assignmentStatus } from './assignment-status';
import { fraction } from './attempts';
import type { CourseIndex } from './course-index';
import { findLesson, findQuiz } from './course-index';
import type { Attempt, ProgressState } from './state';
import { assessmentPassed, attemptAt, bestAssessment } from './summary';
import { entry } from './state';

export const REPORT_FORMAT = 'warm-open-report';
export const REPORT_VERSION = 2;

export interface ReportAnswer {
  /** Question id. */
  q: string;
  /** When it was answered. */
  t: number;
  /** Points the trainee's page gave it. */
  score: number;
  /** Points possible. */
  max: number;
  /** The response, as the quiz engine reads it; checked per kind when re-scored. */
  response: Record<string, unknown>;
}

export interface Report {
  format: typeof REPORT_FORMAT;
  v: typeof REPORT_VERSION;
  /** Fingerprint of the questions the report was made against. */
  rev: string;
  /** When the report was made. */
  made: number;
  learner: string;
  assignment: Assignment;
  /** What the trainee's page claims for each assigned item. */
  items: { id: string; done: boolean; score?: number }[];
  answers: ReportAnswer[];
  assessments: { quiz: string; t: number; score: number; max: number; passed: boolean; answers: ReportAnswer[] }[];
}

const toAnswer = (q: string, a: Attempt): ReportAnswer => ({ q, t: a.at, score: a.earned, max: a.total, response: a.response });

/** Each question's best attempt (the earliest of equal best), so the report shows the trainee at their best. */
function bestAttempt(attempts: readonly Attempt[] | undefined): Attempt | undefined {
  let best: Attempt | undefined;
  for (const a of attempts ?? []) if (!best || fraction(a) > fraction(best)) best = a;
  return best;
}

export function buildReport(assignment: Assignment, state: ProgressState, index: CourseIndex, now: number): Report {
  const status = assignmentStatus(assignment, state, index, now);
  const practice = new Set<string>();
  const assessments: Report['assessments'] = [];
  for (const item of assignment.i) {
    const key = item.slice(2);
    if (item.startsWith('L:')) findLesson(index, key)?.questions.forEach((q) => practice.add(q));
    const quiz = item.startsWith('Q:') ? findQuiz(index, key) : undefined;
    if (quiz && !quiz.draw) quiz.questions.forEach((q) => practice.add(q.id));
    const best = quiz?.draw ? bestAssessment(state, quiz.id) : undefined;
    if (quiz && best) {
      const { at: t, score, max, questions } = best;
      const answers = questions.flatMap((q) => {
        const a = attemptAt(entry(state.questions, q), t);
        return a ? [toAnswer(q, a)] : [];
      });
      assessments.push({ quiz: quiz.id, t, score, max, passed: assessmentPassed(best, quiz.passMark), answers });
    }
  }
  const answers = [...practice].flatMap((q) => {
    const a = bestAttempt(entry(state.questions, q));
    return a ? [toAnswer(q, a)] : [];
  });
  return {
    format: REPORT_FORMAT,
    v: REPORT_VERSION,
    rev: index.rev,
    made: now,
    learner: assignment.n,
    assignment,
    items: status.items.map((i) => ({ id: i.id, done: i.done, ...(i.score === undefined ? {} : { score: i.score }) })),
    answers,
    assessments,
  };
}

export const reportFileName = (r: Report): string =>
  `warm-open-report-${
    r.learner
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'trainee'
  }.json`;
