// Issue 15: progress under hostile and clumsy input. Each block names the
// defect it covers; each failed on the code before the fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressProblem, readState } from '../../../src/progress/read-state';
import { isCoursePath } from '../../../src/progress/course-index';
import { keptAside } from '../../../src/progress/kept-aside';
import { combine, merge } from '../../../src/progress/merge';
import { progressFileText, readProgressFile } from '../../../src/progress/progress-file';
import { answer, assess, completeIfAnswered } from '../../../src/progress/record';
import { buildReport } from '../../../src/progress/report';
import { LATEST_TIME } from '../../../src/progress/sane';
import type { AssessmentAttempt, ProgressState } from '../../../src/progress/state';
import { ID, KEPT_PREFIX, MAX_AMOUNT, PROGRESS_KEY, emptyState } from '../../../src/progress/state';
import { openProgress } from '../../../src/progress/store';
import { strictCodec } from '../../../src/progress/strict-codec';
import { assessmentPassed, bestAssessment, completedLessons, lessonSummary } from '../../../src/progress/summary';
import { spend, visit } from '../../../src/progress/visits';
import { stateArb } from './arbitraries';
import { MemoryStorage, T0, attempt, progress, realCourse } from './fixtures';

/** Every name an object inherits: as an id, each must be data like any other. */
const OBJECT_NAMES = Object.getOwnPropertyNames(Object.prototype);
const idArb = fc.oneof(
  fc.constantFrom(...OBJECT_NAMES, 'constructor', 'q', 'a', 'l', 'm/constructor'),
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[a-z0-9][a-z0-9/-]{0,30}$/),
);

/** Write, store, read back with the strict codec, as a progress page would after a quiz page wrote. */
function storedAndRead(state: ProgressState) {
  const storage = new MemoryStorage();
  storage.map.set(PROGRESS_KEY, JSON.stringify(state));
  const store = openProgress(storage, strictCodec);
  return { read: store.read(), problem: store.problem(), storage };
}

describe('defect 1: any key name is data, never a property of Object', () => {
  it('a file whose lesson, question and assessment ids are "constructor" imports, reloads whole and merges without throwing', () => {
    const file = progress({
      lessons: { constructor: { opened: T0, completed: T0 + 1, seconds: 5 }, 'openers/connect-first': { opened: T0, completed: T0 + 2, seconds: 9 } },
      questions: { constructor: [attempt(T0, 1)] },
      assessments: { constructor: [{ at: T0, score: 1, max: 1, passed: true, questions: ['constructor'] } as AssessmentAttempt] },
    });
    const read = readProgressFile(progressFileText(file, T0));
    expect(read).toEqual({ ok: true, value: file, dropped: [] });
    const storage = new MemoryStorage();
    const store = openProgress(storage, strictCodec);
    store.update((s) => answer(s, 'q-other', attempt(T0 + 5, 1)));
    expect(() => store.update((s) => combine(s, file))).not.toThrow();
    const reloaded = openProgress(storage, strictCodec);
    expect(reloaded.read().lessons).toEqual(file.lessons);
    expect(reloaded.read().questions['constructor']).toEqual([attempt(T0, 1)]);
    expect(reloaded.problem()).toBeUndefined();
  });

  it('ids inherited by every object find nothing in progress that lacks them', () => {
    const s = emptyState();
    for (const name of OBJECT_NAMES) {
      expect(bestAssessment(s, name)).toBeUndefined();
      expect(lessonSummary(s, { key: name, title: '', url: '', quizzes: [], questions: [name] })).toMatchObject({ status: 'not-started', answered: 0 });
      expect(() => merge(progress({ questions: { [name]: [attempt(T0, 1)] } }), s)).not.toThrow();
    }
  });

  it('a stored key such as "__proto__" is refused by name, never set as a prototype', () => {
    const text = `{"v":1,"r":0,"l":{"__proto__":{"o":${T0},"s":1}},"q":{"toString":[[${T0},1,1,{}]],"hasOwnProperty":[]},"a":{}}`;
    const result = strictCodec.parse(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value.lessons)).toBe(Object.prototype);
    expect(Object.keys(result.value.questions)).toEqual([]);
    expect(result.dropped).toHaveLength(3);
  });

  it('any id string round-trips record → merge → strict read when it is an id, and is never written when not', () => {
    fc.assert(
      fc.property(idArb, stateArb(), (id, base) => {
        let s = answer(base, id, attempt(T0 + 7, 1));
        s = assess(s, id, { at: T0 + 8, score: 1, max: 1, passed: true, questions: [id] });
        s = completeIfAnswered(visit(s, '/course/x/', 'X', T0 + 9, id), id, [id], T0 + 10);
        s = spend(s, id, 30, T0 + 11);
        const merged = merge(s, base);
        const { read, problem } = storedAndRead(merged);
        expect(problem).toBeUndefined();
        expect(read).toEqual(merged);
        const written = Object.hasOwn(read.questions, id);
        expect(written).toBe(ID.test(id));
        if (written) expect(read.questions[id]?.at(-1)).toEqual(attempt(T0 + 7, 1));
      }),
    );
  });
});

describe('defect 2: never write what the strict reader refuses; one bad entry never costs the rest', () => {
  it('a path of 520 slashes is folded to the page it names, and strict pages keep everything', () => {
    const url = `/openers/${'/'.repeat(520)}connect-first/`;
    const s = visit(progress(), url, 'Connect first', T0, 'openers/connect-first');
    expect(s.lastPage).toEqual({ url: '/openers/connect-first/', title: 'Connect first', at: T0 });
    expect(storedAndRead(s)).toMatchObject({ read: s, problem: undefined });
  });

  it('time on a lesson stops growing at the reader’s limit', () => {
    let s = visit(progress(), '/course/m/a/', 'A', T0, 'm/a');
    for (let i = 0; i < 400; i++) s = spend(s, 'm/a', 3600, T0);
    expect(s.lessons['m/a']?.seconds).toBe(MAX_AMOUNT);
    expect(progressProblem(s)).toBeUndefined();
  });

  it('any sequence of visits, time, answers and assessments with any inputs leaves progress the strict reader takes whole', () => {
    const text = fc.string({ maxLength: 700 });
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(T0, LATEST_TIME, -1, 0, Number.MAX_SAFE_INTEGER));
    const op = fc.oneof(
      fc.tuple(fc.constant('visit' as const), text, text, number, idArb),
      fc.tuple(fc.constant('spend' as const), idArb, number, number),
      fc.tuple(fc.constant('answer' as const), idArb, number, number, number),
      fc.tuple(fc.constant('assess' as const), idArb, number, number, fc.array(idArb, { maxLength: 3 })),
    );
    fc.assert(
      fc.property(stateArb(), fc.array(op, { maxLength: 12 }), (start, ops) => {
        let s = start;
        for (const o of ops) {
          if (o[0] === 'visit') s = visit(s, o[1], o[2], o[3], o[4]);
          else if (o[0] === 'spend') s = spend(s, o[1], o[2], o[3]);
          else if (o[0] === 'answer') s = answer(s, o[1], { at: o[2], earned: o[3], total: o[4], response: {} });
          else s = assess(s, o[1], { at: o[2], score: o[3], max: 1, passed: true, questions: o[4] });
        }
        expect(progressProblem(JSON.parse(JSON.stringify(s)))).toBeUndefined();
      }),
    );
  });

  it('on read, a bad entry is set aside and named; every sound entry is kept', () => {
    const good = progress({ lessons: { 'm/a': { opened: T0, completed: T0 + 1, seconds: 5 } }, questions: { q1: [attempt(T0, 1)] } });
    const stored = {
      ...good,
      lastPage: { url: `/${'x'.repeat(600)}/`, title: 'Too long', at: T0 },
      lessons: { ...good.lessons, 'm/b': { opened: 'yesterday', seconds: 0 } },
    };
    const storage = new MemoryStorage();
    const text = JSON.stringify(stored);
    storage.map.set(PROGRESS_KEY, text);
    const store = openProgress(storage, strictCodec, () => T0 + 99);
    expect(store.read()).toEqual(good);
    expect(store.problem()).toBe('repaired');
    expect(strictCodec.parse(text)).toMatchObject({
      dropped: ['the last page you visited (expected text of at most 500 characters)', 'the lesson "m/b" (expected a time)'],
    });
    expect(storage.map.get(`${KEPT_PREFIX}${T0 + 99}`)).toBe(text);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY) ?? '')).toEqual(good);
  });
});

describe('defect 3: data kept aside can be restored', () => {
  it('what "Download it" saves of a set-aside copy imports, merging what can be read', () => {
    const storage = new MemoryStorage();
    storage.map.set(PROGRESS_KEY, JSON.stringify({ ...progress({ questions: { q1: [attempt(T0, 1)] } }), lessons: { 'm/a': { opened: -5, seconds: 0 } } }));
    openProgress(storage, strictCodec).read();
    const [copy] = keptAside(storage);
    const read = readProgressFile(copy?.text ?? '');
    expect(read).toMatchObject({ ok: true, value: { questions: { q1: [attempt(T0, 1)] } }, dropped: ['the lesson "m/a" (expected a time)'] });
  });
});

describe('defect 5: a certificate needs a recomputed pass', () => {
  it('a stored "passed" flag on a score of 0 of 15 is not a pass', () => {
    const zero: AssessmentAttempt = { at: T0, score: 0, max: 15, passed: true, questions: [] };
    expect(assessmentPassed(zero, 0.8)).toBe(false);
    expect(assessmentPassed({ at: T0, score: 12, max: 15, passed: false, questions: [] }, 0.8)).toBe(true);
    const s = progress({ assessments: { 'final-assessment': [zero, { at: T0 + 1, score: 10, max: 15, passed: false, questions: [] }] } });
    expect(bestAssessment(s, 'final-assessment')?.score).toBe(10);
  });

  it('a report says what the score earns, not what the flag claims', () => {
    const { index } = realCourse();
    const quiz = index.quizzes.find((q) => q.draw);
    if (!quiz) throw new Error('the course has a final assessment');
    const s = progress({ assessments: { [quiz.id]: [{ at: T0, score: 0, max: 15, passed: true, questions: [] }] } });
    const report = buildReport({ v: 1, n: 'Sam', i: [`Q:${quiz.id}`], m: 80, c: '2026-11-01' }, s, index, T0 + 5);
    expect(report.assessments[0]?.passed).toBe(false);
  });
});

describe('defect 7: notices tell the truth', () => {
  it('damaged data with no room for a copy: nothing is called set aside, nothing is saved, the original stays', () => {
    const storage = new MemoryStorage();
    storage.map.set(PROGRESS_KEY, '{"v":1,"r":0,"l":{"m/a":{"o":"x"}},"q":{},"a":{}}');
    storage.refuse = (key) => key.startsWith(KEPT_PREFIX);
    const store = openProgress(storage, strictCodec);
    store.update((s) => combine(s, progress({ questions: { q1: [attempt(T0, 1)] } })));
    expect(store.problem()).toBe('unkept');
    expect(store.saved()).toBe(false);
    expect(storage.map.get(PROGRESS_KEY)).toBe('{"v":1,"r":0,"l":{"m/a":{"o":"x"}},"q":{},"a":{}}');
  });
});

describe('defect 8: only same-site course paths are Resume targets', () => {
  it.each([
    ['//evil.example/course/x/', '/'],
    ['/course//evil.example/', '/course/'],
    ['/course/../x/', '/course/'],
    ['https://evil.example/course/', '/course/'],
    ['/elsewhere/x/', '/course/'],
  ])('%s under base %s is refused', (url, base) => expect(isCoursePath(url, base)).toBe(false));

  it('a course path is accepted, and nothing that starts with two slashes ever is', () => {
    expect(isCoursePath('/course/openers/connect-first/', '/course/')).toBe(true);
    expect(isCoursePath('/lms/content/1/openers/connect-first/index.html', '/lms/content/1/')).toBe(true);
    fc.assert(fc.property(fc.string(), fc.constantFrom('/', '/course/'), (rest, base) => !isCoursePath(`//${rest}`, base)));
  });
});

describe('importing any JSON value', () => {
  it('gives a value or a clear error, never an exception, and a refusal leaves stored progress byte for byte', () => {
    const storage = new MemoryStorage();
    const before = JSON.stringify(progress({ questions: { q1: [attempt(T0, 1)] } }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.jsonValue().map((v) => ({ format: 'warm-open-progress', made: 1, progress: v })),
        ),
        (value) => {
          storage.map.set(PROGRESS_KEY, before);
          const store = openProgress(storage, strictCodec);
          const result = readProgressFile(JSON.stringify(value));
          if (result.ok) store.update((s) => combine(s, result.value));
          else {
            expect(result.error).toMatch(/\S/);
            expect(storage.map.get(PROGRESS_KEY)).toBe(before);
          }
          expect(completedLessons(store.read(), realIndex)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

const realIndex = realCourse().index;

describe('reading any value', () => {
  it('never throws, and what it keeps passes the strict check', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const read = readState(value);
        if (read.ok) expect(progressProblem(read.value)).toBeUndefined();
      }),
    );
  });
});
