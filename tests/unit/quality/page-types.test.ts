// Which built page the benchmark reports for each page type.
import { describe, expect, it } from 'vitest';
import { choosePages, hasQuiz, isCoursePage, isLesson, coursePaths } from '../../../scripts/quality/page-types.mjs';

const lesson = (size: number, quiz = false) =>
  `<article class="lesson" data-lesson-key="x">${'x'.repeat(size)}${quiz ? '<course-question data-kind="choice"></course-question>' : ''}</article>`;
const home =
  '<a href="/course/">Warm Open</a><a href="/course/a/one/">Start</a><ol data-lessons><li><a href="/course/a/one/">One</a></li><li><a href="/course/a/two/">Two</a></li></ol>' +
  '<a href="/course/#module-b">Module b</a><ol data-lessons><li><a href="/course/a/three/">Three</a></li></ol><a href="https://elsewhere.example/course/x/">out</a>';

describe('page markers', () => {
  it('tells lessons, course pages and quiz pages apart', () => {
    expect(isLesson(lesson(1))).toBe(true);
    expect(isLesson('<article class="lesson page-guide">')).toBe(false);
    expect(isCoursePage('<article class="lesson page-guide">')).toBe(true);
    expect(isCoursePage(lesson(1))).toBe(false);
    expect(hasQuiz(lesson(1, true))).toBe(true);
    expect(hasQuiz('<course-assessment data-draw="15">')).toBe(true);
    expect(hasQuiz('<p>a course-question in words</p>')).toBe(false);
  });
  it('reads course paths in order from the home page, once each, without fragments or other sites', () =>
    expect(coursePaths(home, '/course/')).toEqual(['', 'a/one/', 'a/two/', 'a/three/']));
});

describe('choosePages', () => {
  it('picks the heaviest lesson of each kind, in course order on a tie, and marks missing types', () => {
    const pages: Record<string, string> = { '': home, 'a/one/': lesson(10, true), 'a/two/': lesson(50, true), 'a/three/': lesson(20), 'search/': '<p>' };
    const picks = choosePages({ paths: ['', 'a/three/', 'a/two/', 'a/one/'], read: (p) => pages[p], base: '/course/' });
    expect(picks).toEqual({
      home: { path: '' },
      lesson: { path: 'a/three/' },
      'quiz lesson': { path: 'a/two/' },
      search: { path: 'search/' },
      progress: { missing: true },
    });
  });

  it('falls back to a course page, with a note, when every lesson has a quiz', () => {
    const pages: Record<string, string> = {
      '': home,
      'a/one/': lesson(10, true),
      'start/': '<article class="lesson page-guide">',
      'review/': '<main><course-question></course-question></main>',
    };
    const picks = choosePages({ paths: ['', 'a/one/', 'review/', 'start/'], read: (p) => pages[p], base: '/course/' });
    expect(picks.lesson).toEqual({ path: 'start/', note: 'no lesson without a quiz: a course page in the lesson layout' });
  });
});
