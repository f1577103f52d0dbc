/**
 * The launch page's notice: one calm sentence above the course when the LMS
 * cannot be reached or refuses progress, or launched the course for review.
 * The `role="status"` region is in the page from the start (empty, so it
 * takes no room), so screen readers hear what is put in it. LMS words are
 * shown as text, never as HTML.
 */
import type { LmsFailure } from '../lms-api';

const KEPT = 'Your progress is kept in this browser, and the course works as usual.';

export const NOTICES = {
  noLms: `This course could not reach the learning system that opened it, so this visit will not be recorded there. ${KEPT}`,
  recovered: 'The learning system is accepting your progress again.',
  review:
    'The learning system opened this course for review: you can look through your record and try anything, but nothing you do in this visit is recorded. To work for credit again, start a new attempt from the learning system, if it offers one.',
} as const;

export function failureText(failure: LmsFailure | undefined, starting: boolean): string {
  const said = failure?.message ? ` (it said: “${failure.message}”${failure.code && failure.code !== '0' ? `, code ${failure.code}` : ''})` : '';
  // A refusal mid-visit is most often a session that ended (the LMS logged the learner out): nothing sent
  // from this page reaches it again, so the notice says how to get back rather than promising a retry.
  return starting
    ? `The learning system did not start a session for this course${said}, so this visit will not be recorded there. ${KEPT}`
    : `The learning system did not accept your latest progress${said}. Your progress is kept in this browser. If the learning system has logged you out, log in again and reopen the course from the learning system.`;
}

export function showNotice(region: HTMLElement | null, text: string | undefined): void {
  if (!region) return;
  if (!text) {
    region.replaceChildren();
    return;
  }
  const message = document.createElement('p');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => region.replaceChildren());
  region.replaceChildren(message, close);
}
