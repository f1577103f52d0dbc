import { describe, expect, it } from 'vitest';
import { BOX_DAYS, dayNumber, reviewCard, reviewQueue } from '../../../src/progress/leitner';
import { DAY, T0, attempt } from './fixtures';

const utc = (t: number) => dayNumber(t, 0);
const d0 = utc(T0);
const on = (days: number, hours = 0) => T0 + days * DAY + hours * 3_600_000;

describe('Leitner review', () => {
  it('a miss goes into box 1 and comes back the next calendar day', () => {
    expect(reviewCard([attempt(T0, 0)], utc)).toEqual({ box: 1, dueDay: d0 + 1 });
    expect(reviewCard([attempt(T0, 1, 2)], utc)).toEqual({ box: 1, dueDay: d0 + 1 }); // partly right is not right
    expect(reviewCard([attempt(T0, 1)], utc)).toBeUndefined(); // never missed, never reviewed
  });

  it('right when due moves it up a box; right in the last box retires it', () => {
    const history = [attempt(T0, 0), attempt(on(1), 1)];
    expect(reviewCard(history, utc)).toEqual({ box: 2, dueDay: d0 + 1 + BOX_DAYS[1] });
    history.push(attempt(on(1 + BOX_DAYS[1]), 1));
    expect(reviewCard(history, utc)).toEqual({ box: 3, dueDay: d0 + 1 + BOX_DAYS[1] + BOX_DAYS[2] });
    history.push(attempt(on(1 + BOX_DAYS[1] + BOX_DAYS[2]), 1));
    expect(reviewCard(history, utc)).toBeUndefined();
  });

  it('answering right before it is due changes nothing: no skipping the spacing by retrying at once', () => {
    expect(reviewCard([attempt(T0, 0), attempt(T0 + 60_000, 1), attempt(on(0, 5), 1)], utc)).toEqual({ box: 1, dueDay: d0 + 1 });
  });

  it('a miss at any point sends it back to box 1', () => {
    expect(reviewCard([attempt(T0, 0), attempt(on(1), 1), attempt(on(4), 0)], utc)).toEqual({ box: 1, dueDay: d0 + 5 });
  });

  it("days are calendar days in the learner's time zone", () => {
    const lateEvening = Date.UTC(2026, 10, 2, 22, 30); // 23:30 in UTC+1 (offset -60)
    expect(dayNumber(lateEvening, -60)).toBe(dayNumber(lateEvening, 0));
    expect(dayNumber(lateEvening + 3_600_000, -60)).toBe(dayNumber(lateEvening, 0) + 1);
  });

  it('the queue lists what is due today, most overdue first, and what comes later, soonest first', () => {
    const attempts = {
      a: [attempt(on(-5), 0)],
      b: [attempt(on(-1), 0)],
      c: [attempt(on(0), 0)],
      d: [attempt(on(-3), 0), attempt(on(-2), 1)],
      e: [attempt(on(-3), 1)],
    };
    const queue = reviewQueue(attempts, ['a', 'b', 'c', 'd', 'e', 'f'], T0, utc);
    expect(queue.due.map((x) => x.id)).toEqual(['a', 'b']);
    expect(queue.later.map((x) => [x.id, x.card.dueDay - d0])).toEqual([
      ['c', 1],
      ['d', 1],
    ]);
    // Only the ids asked about: the assessment pool stays out of review.
    expect(reviewQueue(attempts, ['e'], T0, utc)).toEqual({ due: [], later: [] });
  });
});
