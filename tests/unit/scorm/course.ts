// Test data for the SCORM codec: a small made-up course, and fast-check
// arbitraries for any progress a learner of it could have (with some ids the
// course does not have, as after a content change).
import fc from 'fast-check';
import type { ScormCourse } from '../../../src/scorm/course-map';
import type { AssessmentAttempt, Attempt, LessonProgress, ProgressState } from '../../../src/progress/state';
import { VERSION } from '../../../src/progress/state';

export const ROOT = '/lms/content.v2/pkg/';

export const smallCourse: ScormCourse = {
  v: 1,
  lessons: ['intro/hello', 'intro/why', 'calls/open'],
  questions: ['hello-1', 'hello-2', 'why-1', 'open-1', 'open-2', 'final-a', 'final-b', 'final-c'],
  quizzes: ['hello', 'why', 'open', 'final-assessment'],
  final: { id: 'final-assessment', passMark: 0.8 },
  pages: { '': 'Home', 'intro/hello/': 'Hello', 'intro/why/': 'Why', 'calls/open/': 'Open', 'assessment/': 'Final assessment' },
};

const time = fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 });
const amount = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true, noDefaultInfinity: true }));
const response = fc.oneof(
  fc.record({ selected: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 4 }) }),
  fc.record({ text: fc.string({ maxLength: 300, unit: 'binary' }), ticked: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }) }),
  fc.record({ placed: fc.array(fc.record({ item: fc.constantFrom('a', 'b', 'c', 'd'), group: fc.constantFrom('x', 'y') }), { maxLength: 4 }) }),
);

const scored = fc.tuple(amount, amount).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);

/** Attempts with distinct times, oldest first, as the store keeps them. */
const attempts = fc
  .uniqueArray(fc.tuple(time, scored, response), { minLength: 1, maxLength: 12, selector: ([t]) => t })
  .map((list) => list.map(([at, [earned, total], response]): Attempt => ({ at, earned, total, response })).sort((x, y) => x.at - y.at));

const questionId = fc.constantFrom(...smallCourse.questions, 'retired-question');
const assessments = fc
  .uniqueArray(fc.tuple(time, scored, fc.constantFrom<0 | 1>(0, 1), fc.uniqueArray(questionId, { maxLength: 5 })), { maxLength: 6, selector: ([t]) => t })
  .map((list) => list.map(([at, [score, max], passed, questions]): AssessmentAttempt => ({ at, score, max, passed: passed === 1, questions })).sort((x, y) => x.at - y.at));

const lesson = fc.tuple(time, fc.option(time, { nil: undefined }), fc.nat(5000)).map(([o, c, s]): LessonProgress => (c === undefined ? { opened: o, seconds: s } : { opened: o, completed: Math.max(c, o), seconds: s }));

export const progressArb: fc.Arbitrary<ProgressState> = fc
  .record({
    p: fc.option(
      fc.tuple(fc.constantFrom(...Object.keys(smallCourse.pages), 'gone/page/', '../etc/'), fc.boolean(), fc.string({ maxLength: 40 }), time),
      { nil: undefined },
    ),
    lessons: fc.dictionary(fc.constantFrom(...smallCourse.lessons, 'retired/lesson'), lesson),
    questions: fc.dictionary(questionId, attempts),
    assessments: fc.dictionary(fc.constantFrom('final-assessment', 'hello'), assessments),
  })
  .map(({ p, ...rest }) => ({
    version: VERSION,
    generation: 0,
    ...(p ? { lastPage: { url: `${ROOT}${p[0]}${p[1] ? 'index.html' : ''}`, title: p[2], at: p[3] } } : {}),
    ...rest,
  }));
