import { describe, expect, it } from 'vitest';
import { practiceQuestionIds } from '../../../src/progress/course-index';
import { assessmentLine, courseSummary, moduleSummaryText, reviewLine } from '../../../src/progress/overview-text';
import { moduleSummaries } from '../../../src/progress/summary';
import { DAY, T0, attempt, progress, realCourse } from './fixtures';

const { index } = realCourse();
const base = '/course/';
const date = () => 'Monday 2 November 2026';

describe('progress page sentences', () => {
  // The server renders these with no progress and no clock; the browser's first
  // render for a new learner must say exactly the same, or the page moves.
  it('with no progress, the words do not depend on the time or the date format', () => {
    expect(courseSummary(progress(), index)).toBe('0 of 10 lessons completed · time spent: none yet.');
    expect(moduleSummaries(progress(), index).map(moduleSummaryText)[0]).toMatch(/^0 of \d+ lessons completed · time spent: none yet$/);
    expect(assessmentLine(index, progress(), base, () => '')).toEqual([
      { href: '/course/assessment/', text: 'Final assessment' },
      ': not taken yet. You need 80% to pass.',
    ]);
    expect(assessmentLine(index, progress(), base, date)).toEqual(assessmentLine(index, progress(), base, () => ''));
    expect(reviewLine(index, progress(), base, Date.now())).toEqual(reviewLine(index, progress(), base, 0));
    expect(reviewLine(index, progress(), base, 0)).toEqual([
      'Questions you miss come back on the ',
      { href: '/course/review/', text: 'Review' },
      ' page, spaced out over the following days.',
    ]);
  });

  it('a pass links the certificate; a missed question is due the next day', () => {
    const passed = progress({ assessments: { 'final-assessment': [{ at: T0, score: 9, max: 10, passed: true, questions: [] }] } });
    expect(assessmentLine(index, passed, base, date)).toEqual([
      { href: '/course/assessment/', text: 'Final assessment' },
      ': ✓ passed with 90% on Monday 2 November 2026. ',
      { href: '/course/certificate/', text: 'Print your certificate' },
      '.',
    ]);
    const id = practiceQuestionIds(index)[0]!;
    const missed = progress({ questions: { [id]: [attempt(T0, 0)] } });
    expect(reviewLine(index, missed, base, T0)[0]).toBe('Nothing to review today. 1 missed question comes back later; see ');
    expect(reviewLine(index, missed, base, T0 + 2 * DAY)).toEqual([{ href: '/course/review/', text: '1 question to review today' }, '.']);
  });
});
