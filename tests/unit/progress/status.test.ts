import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/progress/assignment';
import { dayOfIso, isoDay } from '../../../src/progress/assignment';
import { assignmentStatus, daysLeftText, meets } from '../../../src/progress/assignment-status';
import { buildIndex, fingerprint, quizIdsIn } from '../../../src/progress/build/build-index';
import { findLesson, lessonKeyOf } from '../../../src/progress/course-index';
import { describeResponse } from '../../../src/quiz/kinds';
import { assess, completeIfAnswered } from '../../../src/progress/record';
import { completedLessons, formatDuration, lessonSummary, moduleSummaries, quizScore } from '../../../src/progress/summary';
import { visit } from '../../../src/progress/visits';
import { DAY, T0, answerAll, attempt, progress, realCourse } from './fixtures';

const { index, questions, quizzes } = realCourse();
const lesson = findLesson(index, 'openers/connect-first')!;

describe('course index', () => {
  it('maps each lesson to the questions of the quizzes in its MDX, in order', () => {
    expect(quizIdsIn('text <Quiz id="a-b" /> more <Quiz id=\'c\'/>')).toEqual(['a-b', 'c']);
    expect(lesson.quizzes).toEqual(['connect-first']);
    expect(lesson.questions).toEqual(quizzes.find((q) => q.id === 'connect-first')?.data.questions.map((q) => q.id));
    expect(index.modules.flatMap((m) => m.lessons)).toHaveLength(10);
    // The assessment's pool stays out of the index: it is for re-scoring only.
    expect(index.quizzes.find((q) => q.draw)).toMatchObject({ id: 'final-assessment', url: '/course/assessment/', questions: [] });
  });

  it('a quiz no page uses is left out; a changed question changes the fingerprint', () => {
    const quiz = quizzes[0]!;
    const built = buildIndex({ modules: [{ id: 'm', title: 'M' }], lessons: [], pages: [], quizzes: [quiz] });
    expect(built.quizzes).toEqual([]);
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
    expect(fingerprint('a')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('lesson keys come from URLs under the base', () => {
    expect(lessonKeyOf('/course/openers/connect-first/', '/course/')).toBe('openers/connect-first');
    // A SCORM package's links name the file.
    expect(lessonKeyOf('/pkg/openers/connect-first/index.html', '/pkg/')).toBe('openers/connect-first');
  });
});

describe('lesson and module summaries', () => {
  it('status, best and latest scores, missed questions and time', () => {
    let s = visit(progress(), '/course/openers/connect-first/', 'Connect', T0, lesson.key);
    expect(lessonSummary(s, lesson)).toMatchObject({ status: 'opened', answered: 0, missed: [] });
    s = answerAll(s, questions, lesson.questions, T0 + 1);
    s = answerAll(s, questions, lesson.questions.slice(0, 1), T0 + 100, false);
    s = completeIfAnswered(s, lesson.key, lesson.questions, T0 + 200);
    const summary = lessonSummary(s, lesson);
    expect(summary).toMatchObject({ status: 'completed', answered: lesson.questions.length, best: 1, missed: [lesson.questions[0]] });
    expect(summary.latest).toBeLessThan(1);
    expect(completedLessons(s, index)).toBe(1);
    expect(moduleSummaries(s, index)[0]?.completed).toBe(1);
  });

  it('a lesson is complete only when each of its questions has an answer, and the first completion stands', () => {
    const ids = ['a', 'b'];
    const one = completeIfAnswered(progress({ questions: { a: [attempt(T0, 0)] } }), 'm/x', ids, T0);
    expect(one.lessons['m/x']).toBeUndefined();
    const both = completeIfAnswered(progress({ questions: { a: [attempt(T0, 0)], b: [attempt(T0, 1)] } }), 'm/x', ids, T0 + 5);
    expect(both.lessons['m/x']?.completed).toBe(T0 + 5);
    expect(completeIfAnswered(both, 'm/x', ids, T0 + 99).lessons['m/x']?.completed).toBe(T0 + 5);
  });

  it('quiz scores count unanswered questions as zero', () => {
    expect(quizScore(progress({ questions: { a: [attempt(T0, 1)] } }), ['a', 'b'])).toEqual({ answered: 1, total: 2, best: 0.5, latest: 0.5 });
  });

  it('durations read naturally', () => {
    expect([0, 20, 60, 3000, 3900].map(formatDuration)).toEqual(['none yet', 'under a minute', '1 min', '50 min', '1 h 5 min']);
  });
});

describe('assignment status', () => {
  const a: Assignment = {
    v: 1,
    n: 'Sam',
    i: ['L:openers/connect-first', 'Q:connect-first', 'Q:final-assessment'],
    m: 80,
    d: isoDay(T0 + 3 * DAY),
    c: isoDay(T0),
  };

  it('what is done, what is next, and the days left', () => {
    let s = progress();
    let status = assignmentStatus(a, s, index, T0);
    expect(status).toMatchObject({ done: 0, allDone: false, daysLeft: 3, next: { id: 'L:openers/connect-first', detail: 'Not started' } });
    s = answerAll(s, questions, lesson.questions, T0, false);
    s = completeIfAnswered(s, lesson.key, lesson.questions, T0);
    status = assignmentStatus(a, s, index, T0 + DAY);
    expect(status.items.map((i) => [i.done, i.detail])).toEqual([
      [true, 'Completed'],
      [false, expect.stringMatching(/^Best score \d+%; needs 80%$/)],
      [false, 'Not taken yet; needs 80%'],
    ]);
    expect(status.daysLeft).toBe(2);
    s = answerAll(s, questions, lesson.questions, T0 + 10);
    s = assess(s, 'final-assessment', { at: T0 + 20, score: 11.5, max: 15, passed: false, questions: [] });
    status = assignmentStatus(a, s, index, T0 + 5 * DAY);
    expect(status.items.map((i) => i.done)).toEqual([true, true, false]);
    expect(status.items[2]?.detail).toBe('Best score 77%; needs 80%');
    s = assess(s, 'final-assessment', { at: T0 + 30, score: 12, max: 15, passed: true, questions: [] });
    status = assignmentStatus(a, s, index, T0 + 5 * DAY);
    expect(status).toMatchObject({ allDone: true, done: 3, daysLeft: -2 });
    expect(status.next).toBeUndefined();
  });

  it('meets a mark despite floating point; days left in words', () => {
    expect(meets(0.7 + 0.1, 80)).toBe(true);
    expect(meets(0.79, 80)).toBe(false);
    expect([3, 1, 0, -1, -4].map(daysLeftText)).toEqual(['3 days left', '1 day left', 'Due today', '1 day past the due date', '4 days past the due date']);
    expect(dayOfIso('1970-01-02')).toBe(1);
  });
});

describe('responses in words', () => {
  it("says what was picked, in the question's own words, and survives nonsense", () => {
    const q = questions.get(lesson.questions[0]!)!;
    if (q.kind !== 'choice') throw new Error('expected a choice question first');
    expect(describeResponse(q, { selected: [q.options[0]?.id] })).toEqual([`Picked: ${q.options[0]?.text}`]);
    expect(describeResponse(q, { selected: ['zz'] })).toEqual(['Picked: (“zz”, which this question does not have)']);
    // A format-1 response (positions) never reaches here unmigrated: to this reader it is one it cannot read.
    expect(describeResponse(q, { selected: [0] })).toEqual(['(an answer this question cannot read)']);
    expect(describeResponse(q, { nonsense: true })).toEqual(['(an answer this question cannot read)']);
    for (const question of questions.values())
      expect(() =>
        describeResponse(question, {
          selected: [-1, 'zz'],
          order: [5, 'zz'],
          placed: ['x', { item: 'zz', group: 'zz' }],
          path: [9, 'zz'],
          text: 'hi',
          ticked: ['z'],
        }),
      ).not.toThrow();
  });
});
