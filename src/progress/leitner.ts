/**
 * Spaced review with Leitner boxes, worked out from a question's attempts
 * (so nothing extra is stored and merged copies agree). A question answered
 * wrong, or only partly right, goes into box 1 and comes back the next day.
 * Answered right when it is due, it moves up a box and comes back later
 * (BOX_DAYS); right in the last box, it leaves review. A wrong answer at any
 * time sends it back to box 1. Answers before it is due change nothing, so
 * trying again straight away in the lesson does not skip the spacing.
 *
 * Days are the learner's calendar days (local midnight to midnight), so
 * "tomorrow" means tomorrow morning, not 24 hours later.
 */
import type { Attempt } from './state';
import { entry } from './state';
import { isRight } from './attempts';

/** Days until a question in box n (index n - 1) comes back. */
export const BOX_DAYS = [1, 3, 7] as const;

export interface ReviewCard {
  /** 1 to BOX_DAYS.length */
  box: number;
  /** Calendar day number (see dayNumber) on which it is due. */
  dueDay: number;
}

const DAY = 86_400_000;

/** Days since 1970 in the local calendar of the device (or of `offsetMinutes`, for tests). */
export function dayNumber(t: number, offsetMinutes = new Date(t).getTimezoneOffset()): number {
  return Math.floor((t - offsetMinutes * 60_000) / DAY);
}

/** Where a question stands in review, or undefined when it is not (never missed, or retired). */
export function reviewCard(attempts: readonly Attempt[], day: (t: number) => number = dayNumber): ReviewCard | undefined {
  let card: ReviewCard | undefined;
  for (const attempt of attempts) {
    const today = day(attempt.at);
    if (!isRight(attempt)) card = { box: 1, dueDay: today + BOX_DAYS[0] };
    else if (card && today >= card.dueDay) {
      const next = BOX_DAYS[card.box];
      card = next === undefined ? undefined : { box: card.box + 1, dueDay: today + next };
    }
  }
  return card;
}

export interface ReviewQueue {
  /** Due today or earlier, most overdue first. */
  due: { id: string; card: ReviewCard }[];
  /** Waiting for a later day, soonest first. */
  later: { id: string; card: ReviewCard }[];
}

/** The review queue among `questionIds` (practice questions only: the assessment pool stays unseen). */
export function reviewQueue(
  attempts: Readonly<Record<string, readonly Attempt[]>>,
  questionIds: readonly string[],
  now: number,
  day: (t: number) => number = dayNumber,
): ReviewQueue {
  const today = day(now);
  const cards = questionIds.flatMap((id) => {
    const card = reviewCard(entry(attempts, id) ?? [], day);
    return card ? [{ id, card }] : [];
  });
  const byDay = (a: { card: ReviewCard }, b: { card: ReviewCard }) => a.card.dueDay - b.card.dueDay;
  return { due: cards.filter((c) => c.card.dueDay <= today).sort(byDay), later: cards.filter((c) => c.card.dueDay > today).sort(byDay) };
}
