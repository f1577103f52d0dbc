// Test helpers for progress: a Storage fake that can be made to fail, the
// real course's index and question bank built from content/ (as the site
// builds them), and progress builders.
import type { Assignment } from '../../../src/progress/assignment';
import { bestPath } from '../../../src/quiz/engine/dialogue-walk';
import { scoreQuestion } from '../../../src/quiz/kinds';
import { QuizSchema, type Question } from '../../../src/quiz/schema';
import { answer } from '../../../src/progress/record';
import { buildIndex, buildQuestionBank } from '../../../src/progress/build/build-index';
import type { StorageLike } from '../../../src/progress/store';
import type { Attempt, ProgressState } from '../../../src/progress/state';
import { emptyState } from '../../../src/progress/state';
import { readMdx, readYaml } from '../content/load-content';

export class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  /** Throw on getItem (blocked storage). */
  blocked = false;
  /** Throw on setItem for keys this accepts (full storage). */
  refuse: (key: string) => boolean = () => false;
  writes = 0;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    if (this.refuse(key)) throw new DOMException('full', 'QuotaExceededError');
    this.writes++;
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const slug = (file: string) => (file.split('/').pop() ?? '').replace(/\.mdx$/, '').replace(/^\d+-/, '');

/** The course as the site builds it, from content/ on disk. */
export function realCourse() {
  const modules = readYaml('modules').map((m) => ({ id: slug(m.file.replace(/\.yaml$/, '.mdx')), ...(m.data as { title: string; order: number }) }));
  modules.sort((a, b) => a.order - b.order);
  const lessons = readMdx('lessons')
    .map((l) => {
      const data = l.data as { module: string; title: string; order: number };
      const key = `${data.module}/${slug(l.file)}`;
      return { key, title: data.title, url: `/course/${key}/`, module: data.module, body: l.body, order: data.order };
    })
    .sort((a, b) => a.order - b.order);
  const pages = readMdx('pages').map((p) => ({ title: (p.data as { title: string }).title, url: `/course/${slug(p.file)}/`, body: p.body }));
  const quizzes = readYaml('quizzes').map((q) => ({ id: slug(q.file.replace(/\.yaml$/, '.mdx')), data: QuizSchema.parse(q.data) }));
  const bank = buildQuestionBank(quizzes);
  const questions = new Map(bank.quizzes.flatMap((q) => q.questions.map((x) => [x.id, x] as const)));
  return { index: buildIndex({ modules, lessons, pages, quizzes }), bank, quizzes, questions };
}

export const DAY = 86_400_000;
/** Noon UTC on 2026-11-02, a Monday: far from any day boundary in the tests' fixed offsets. */
export const T0 = Date.UTC(2026, 10, 2, 12);

export function progress(over: Partial<ProgressState> = {}): ProgressState {
  return { ...emptyState(), ...over };
}

export const attempt = (t: number, earned: number, total = 1, response: Record<string, unknown> = { selected: ['a'] }): Attempt => ({
  at: t,
  earned,
  total,
  response,
});

/** A fully right response to any question, and a wrong one, as the quiz UI would emit them (options named by id). */
export function responseFor(question: Question, right: boolean): Record<string, unknown> {
  switch (question.kind) {
    case 'choice':
      return { selected: question.options.flatMap((o) => (o.correct === right ? [o.id] : [])).slice(0, right ? undefined : 1) };
    case 'spot-the-mistake':
      return { selected: question.segments.flatMap((s) => (s.mistake === right ? [s.id] : [])).slice(0, right ? undefined : 1) };
    case 'order': {
      const ids = question.items.map((item) => item.id);
      return { order: right ? ids : ids.reverse() };
    }
    case 'classify':
      return {
        placed: question.items.map((item) => ({
          item: item.id,
          group: right ? item.group : (question.groups.find((g) => g.id !== item.group)?.id ?? item.group),
        })),
      };
    case 'dialogue':
      // Wrong: the lowest-point reply at every node, to an ending (an unfinished call cannot be scored).
      return { path: right ? bestPath(question).path : weakestPath(question) };
    case 'rewrite':
      return { text: question.model, ticked: right ? question.rubric.map((r) => r.id) : [] };
    case 'speak':
      return { ticked: right ? question.rubric.map((r) => r.id) : [], seconds: 12.5, mode: 'aloud' };
  }
}

function weakestPath(question: Extract<Question, { kind: 'dialogue' }>): string[] {
  const path: string[] = [];
  for (let node = question.nodes[question.start]; node?.choices?.length;) {
    const weakest = node.choices.reduce((lo, c) => (c.points < lo.points ? c : lo));
    path.push(weakest.id);
    node = question.nodes[weakest.next];
  }
  return path;
}

/** Answers every question in `ids` at time t (right or wrong), scoring as the quiz UI does. */
export function answerAll(state: ProgressState, questions: Map<string, Question>, ids: readonly string[], t: number, right = true): ProgressState {
  let next = state;
  ids.forEach((id, i) => {
    const question = questions.get(id);
    if (!question) throw new Error(`no question ${id}`);
    const response = responseFor(question, right);
    const score = scoreQuestion(question, response);
    if (score.type !== 'points') throw new Error(`unscorable ${id}`);
    next = answer(next, id, { at: t + i, earned: score.earned, total: score.total, response });
  });
  return next;
}

/** The assignment the report tests check against: Sam, one lesson, its practice and the final assessment, 80%. */
export const SAM_ASSIGNMENT: Assignment = {
  v: 1,
  n: 'Sam Okafor',
  i: ['L:openers/connect-first', 'Q:connect-first', 'Q:final-assessment'],
  m: 80,
  d: '2026-12-05',
  c: '2026-11-01',
};
