/**
 * The team board: many dropped files at once, each read and judged on its
 * own, so a bad file is one row with its reason and never stops the others.
 * A file is a completion report (read by readReport, re-scored and checked by
 * checkReport: the same code as the Check a report page) or one of the
 * manager's assignment links (a text file holding the link or its code).
 * Each report is checked against the manager's assignment for that trainee:
 * from the dropped links and the links this browser's Assign page made.
 *
 * Pure: files, course data and the day in; one entry per file out. Never throws.
 */
import type { Assignment } from '../progress/assignment';
import { checkAssignment, codeFromHash, decodeAssignment, encodeAssignment, isoDay } from '../progress/assignment';
import { codeFromLink } from '../progress/assigned-links';
import type { ReportCheck } from '../progress/check-report';
import { checkReport } from '../progress/check-report';
import type { CourseIndex, QuestionBank } from '../progress/course-index';
import { findQuiz } from '../progress/course-index';
import { readReport } from '../progress/report-file';
import type { Finding } from '../progress/report-notes';
import type { IdeaInfo } from './idea-map';

export interface DroppedFile {
  name: string;
  text: string;
  /** Set when the page could not read the file (too large, unreadable): the reason it shows. */
  problem?: string;
}

export interface CourseData {
  index: CourseIndex;
  bank: QuestionBank;
  ideas: IdeaInfo[];
}

/** Done: every item of the manager's assignment, by the answers. Overdue: not done, past its due day. */
export type Standing = 'done' | 'due' | 'overdue';

export interface ReportRow {
  kind: 'report';
  file: string;
  trainee: string;
  /** The manager's assignment the report was judged against; absent when none is for this trainee. */
  assignment?: Assignment;
  standing: Standing;
  /** Items done, by the re-scored answers, of the assignment judged. */
  done: number;
  items: number;
  due?: string;
  /** The best re-scored final assessment; absent when none was taken. */
  final?: { score: number; max: number; passed: boolean };
  /** Why the report needs a closer look, each a sentence; none means it checks out. */
  flags: string[];
  /** The latest answer or assessment in the report (its making when there is none). */
  last: number;
  check: ReportCheck;
}

export type BoardEntry =
  ReportRow | { kind: 'assignment'; file: string; assignment: Assignment; repeat: boolean } | { kind: 'bad'; file: string; reason: string };

export interface IdeaShare {
  idea: IdeaInfo;
  /** Trainees (readable reports) with at least one answer on this idea short of full marks. */
  missed: number;
  team: number;
}

export interface Board {
  entries: BoardEntry[];
  rows: ReportRow[];
  assignments: Assignment[];
  weakest: IdeaShare[];
}

const NEITHER = 'This file is neither a completion report from this course nor an assignment link.';

/** A finding as plain words: names as written, days as YYYY-MM-DD. */
export const findingText = (finding: Finding): string =>
  finding.map((part) => (typeof part === 'string' ? part : 'name' in part ? part.name : part.day)).join('');

/** An assignment link (or bare code) in a text file; undefined when the text is not one. */
function readLink(text: string, index: CourseIndex): { ok: true; value: Assignment } | { ok: false; error: string } | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.length === 0 || /\s/.test(trimmed)) return undefined;
  const looksLikeLink = trimmed.includes('#a=') || codeFromHash(trimmed) !== undefined || /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/.test(trimmed);
  if (!looksLikeLink) return undefined;
  const decoded = decodeAssignment(codeFromLink(trimmed));
  return decoded.ok ? checkAssignment(decoded.value, index) : decoded;
}

/** Of the manager's assignments for this trainee, the one the report differs from least (the newest of equals). */
function chooseAssignment(check: (a: Assignment) => ReportCheck, learner: string, mine: readonly Assignment[]): ReportCheck | undefined {
  let best: ReportCheck | undefined;
  for (const a of mine) {
    if (a.n !== learner) continue;
    const c = check(a);
    const score = (x: ReportCheck) => x.expected?.differences.length ?? Infinity;
    if (!best || score(c) < score(best) || (score(c) === score(best) && a.c > (best.expected?.assignment.c ?? ''))) best = c;
  }
  return best;
}

function reportRow(file: string, check: ReportCheck, course: CourseData, today: string, mineGiven: boolean): ReportRow {
  const { report, expected } = check;
  const judged = expected ? expected.items : check.items;
  const done = judged.filter((i) => i.actual.done).length;
  const due = (expected ? expected.assignment : report.assignment).d;
  const allDone = judged.length > 0 && done === judged.length;
  const standing: Standing = allDone ? 'done' : due !== undefined && due < today ? 'overdue' : 'due';

  const flags: string[] = [];
  if (!expected)
    flags.push(mineGiven ? 'None of your assignments is for this trainee.' : 'No assignment of yours to check it against: add your assignment link.');
  else flags.push(...expected.differences.map((d) => `Does not answer your assignment. ${findingText(d)}`));
  if (check.problems > 0) flags.push(`${check.problems} ${check.problems === 1 ? 'claim does' : 'claims do'} not match the answers.`);
  flags.push(...check.notes.map(findingText));
  if (!check.sameQuestions) flags.push("Made against another version of the course's questions.");

  const finals = check.assessments.filter((a) => findQuiz(course.index, a.quiz)?.draw);
  const final = finals.reduce<ReportRow['final']>(
    (best, a) => (!best || a.actual.score / (a.actual.max || 1) > best.score / (best.max || 1) ? { ...a.actual } : best),
    undefined,
  );
  const times = [...report.answers.map((a) => a.t), ...report.assessments.map((a) => a.t)];
  return {
    kind: 'report',
    file,
    trainee: report.learner,
    ...(expected ? { assignment: expected.assignment } : {}),
    standing,
    done,
    items: judged.length,
    ...(due === undefined ? {} : { due }),
    ...(final ? { final } : {}),
    flags,
    last: times.length ? Math.max(...times) : report.made,
    check,
  };
}

/** Each idea's share of the team that missed it, most missed first; ideas nobody missed are left out. */
export function weakestIdeas(rows: readonly ReportRow[], ideas: readonly IdeaInfo[]): IdeaShare[] {
  const shares = ideas.map((idea) => {
    const questions = new Set(idea.questions);
    const missed = rows.filter((row) => {
      const answers = [...row.check.answers, ...row.check.assessments.flatMap((a) => a.answers)];
      return answers.some((a) => questions.has(a.q) && (!a.actual || a.actual.score < a.actual.max - 1e-9));
    }).length;
    return { idea, missed, team: rows.length };
  });
  return shares.filter((s) => s.missed > 0).sort((a, b) => b.missed - a.missed || ideas.indexOf(a.idea) - ideas.indexOf(b.idea));
}

/** The board for these files, against the manager's remembered assignments too; `now` sets what is overdue. */
export function buildBoard(files: readonly DroppedFile[], course: CourseData, remembered: readonly Assignment[], now: number): Board {
  const read = files.map((f) => {
    const text = typeof f.text === 'string' ? f.text : '';
    if (typeof f.problem === 'string') return { file: String(f.name), text, link: undefined, report: undefined, problem: f.problem };
    const link = readLink(text, course.index);
    return { file: String(f.name), text, link, report: link ? undefined : readReport(text), problem: undefined };
  });
  const seen = new Set(remembered.map(encodeAssignment));
  const mine = [...remembered];
  const entries: (BoardEntry | { kind: 'pending'; file: string; report: Parameters<typeof checkReport>[0] })[] = read.map(
    ({ file, link, report, problem, text }) => {
      if (problem !== undefined) return { kind: 'bad', file, reason: problem };
      if (link && !link.ok) return { kind: 'bad', file, reason: link.error };
      if (link?.ok) {
        const code = encodeAssignment(link.value);
        const repeat = seen.has(code);
        if (!repeat) mine.push(link.value);
        seen.add(code);
        return { kind: 'assignment', file, assignment: link.value, repeat };
      }
      if (report?.ok) return { kind: 'pending', file, report: report.value };
      // Text that does not even open like JSON is some other file, not a damaged report.
      const other = !report || report.ok || report.error.startsWith('This file is not a Warm Open') || !/^\s*(\{|$)/.test(text);
      return { kind: 'bad', file, reason: other ? NEITHER : report.error };
    },
  );

  const today = isoDay(now);
  const done: BoardEntry[] = entries.map((e) => {
    if (e.kind !== 'pending') return e;
    try {
      const against = (a?: Assignment) => checkReport(e.report, course.bank, course.index, a);
      const check = chooseAssignment(against, e.report.learner, mine) ?? against();
      return reportRow(e.file, check, course, today, mine.length > 0);
    } catch {
      // The engine guards every response, so this is a safety net: one file never stops the board.
      return { kind: 'bad', file: e.file, reason: 'This report could not be checked.' };
    }
  });
  const rows = done.filter((e): e is ReportRow => e.kind === 'report');
  return { entries: done, rows, assignments: mine, weakest: weakestIdeas(rows, course.ideas) };
}
