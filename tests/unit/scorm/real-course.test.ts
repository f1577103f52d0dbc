// The real course: its ids have no short-id clash, and suspend data for a
// learner who has done everything, once, twice or many times over, keeps
// every essential within 90% of each version's limit (10% headroom).
import { describe, expect, it } from 'vitest';
import { assess, completeIfAnswered } from '../../../src/progress/record';
import type { ProgressState } from '../../../src/progress/state';
import { lessonsOf } from '../../../src/progress/course-index';
import { buildScormCourse } from '../../../src/scorm/course-map';
import { SUSPEND_BUDGET, SUSPEND_LIMIT } from '../../../src/scorm/elements';
import { outcomeOf } from '../../../src/scorm/outcome';
import { decodeSuspend } from '../../../src/scorm/suspend-decode';
import { encodeSuspend, pageUrl } from '../../../src/scorm/suspend-codec';
import { DAY, T0, answerAll, progress, realCourse } from '../progress/fixtures';

const { index, bank, questions } = realCourse();
const pages = Object.fromEntries([['', 'Warm Open'], ...lessonsOf(index).map((l) => [`${l.key}/`, l.title]), ['assessment/', 'Final assessment']]);
const course = buildScormCourse(index, bank, pages);
const ROOT = '/moodle/pluginfile.php/77/mod_scorm/content/3/';
const pool = bank.quizzes.find((q) => q.id === 'final-assessment')?.questions.map((q) => q.id) ?? [];

/** Every lesson done, every question answered `rounds` times, the assessment failed until the last round. */
function everything(rounds: number): ProgressState {
  let state = progress();
  for (let round = 0; round < rounds; round++) {
    const t = T0 + round * DAY;
    const right = round === rounds - 1;
    for (const lesson of lessonsOf(index)) {
      state = answerAll(state, questions, lesson.questions, t);
      state = completeIfAnswered(state, lesson.key, lesson.questions, t + 100);
      state = { ...state, lessons: { ...state.lessons, [lesson.key]: { ...state.lessons[lesson.key]!, opened: Math.min(state.lessons[lesson.key]?.opened ?? t, t), seconds: 600 * (round + 1) } } };
    }
    const drawn = pool.slice(0, 15);
    state = answerAll(state, questions, drawn, t + 1000);
    state = assess(state, 'final-assessment', { at: t + 2000, score: right ? 15 : 6.5, max: 15, passed: right, questions: drawn });
  }
  return { ...state, lastPage: { url: pageUrl(ROOT, 'assessment/'), title: 'Final assessment', at: T0 + rounds * DAY } };
}

describe('the real course in SCORM', () => {
  it('names every lesson, question and quiz by a distinct short id', () => {
    expect(course.lessons).toHaveLength(lessonsOf(index).length);
    expect(course.questions.length).toBeGreaterThanOrEqual(pool.length + lessonsOf(index).flatMap((l) => l.questions).length);
    expect(course.final).toEqual({ id: 'final-assessment', passMark: 0.8 });
  });

  it('writes at most 90% of each limit', () => {
    expect(SUSPEND_BUDGET['1.2']).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2'] * 0.9);
    expect(SUSPEND_BUDGET['2004']).toBeLessThanOrEqual(SUSPEND_LIMIT['2004'] * 0.9);
  });

  for (const rounds of [1, 2, 30]) {
    it(`keeps every essential of a learner who has done everything (${rounds} ${rounds === 1 ? 'round' : 'rounds'}) with 10% headroom`, () => {
      const state = everything(rounds);
      const full = encodeSuspend(state, course, { limit: 1_000_000, root: ROOT });
      for (const version of ['1.2', '2004'] as const) {
        const text = encodeSuspend(state, course, { limit: SUSPEND_BUDGET[version], root: ROOT });
        expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT[version] * 0.9);
        const decoded = decodeSuspend(text, course, { root: ROOT });
        if (!decoded.ok) throw new Error(decoded.error);
        const back = decoded.value.state;
        expect(outcomeOf(back, course)).toEqual(outcomeOf(state, course));
        expect(outcomeOf(back, course)).toMatchObject({ lessonsDone: course.lessons.length, assessment: { percent: 100, passed: true } });
        expect(Object.keys(back.questions).sort()).toEqual(Object.keys(state.questions).sort());
        for (const [id, list] of Object.entries(state.questions)) expect(Math.max(...back.questions[id]!.map((a) => a.earned / a.total))).toBe(Math.max(...list.map((a) => a.earned / a.total)));
        expect(back.lastPage?.url).toBe(pageUrl(ROOT, 'assessment/'));
        const essentials = text.split(',').filter((token) => !token.startsWith('R:')).join(',').length;
        console.log(
          `suspend data, everything done, ${rounds} round(s), SCORM ${version}: ${text.length} of ${SUSPEND_LIMIT[version]} characters written; without responses ${essentials}; with all detail ${full.length}`,
        );
      }
    });
  }
});
