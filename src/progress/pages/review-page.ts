/**
 * The Review page: shows the practice questions due today (their markup is
 * already on the page, hidden), and after each answer says when, or whether,
 * the question comes back. The recorder, imported first, has saved the answer
 * by the time this page's listener runs.
 */
import { dayNumber, reviewCard, reviewQueue } from '../leitner';
import { PROGRESS_KEY, entry } from '../state';
import { $, longDate, pageStore } from './dom';

const { store } = pageStore();
const items = [...document.querySelectorAll<HTMLElement>('[data-review-item]')];
const ids = items.map((li) => li.dataset['reviewItem'] ?? '');
const summary = $('[data-review-summary]');
const laterLine = $('[data-review-later]');
const DAY = 86_400_000;

/** The date of a calendar day number, for showing. */
const dateOf = (day: number, now: number) => longDate(now + (day - dayNumber(now)) * DAY);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Questions shown stay shown until the page is left, so the learner sees how each went. */
const showing = new Set<string>();

function render() {
  const now = Date.now();
  const queue = reviewQueue(store.read().questions, ids, now);
  for (const { id } of queue.due) showing.add(id);
  let n = 0;
  for (const li of items) {
    li.hidden = !showing.has(li.dataset['reviewItem'] ?? '');
    const number = li.querySelector('[data-number]');
    if (!li.hidden && number) number.textContent = `Question ${++n} of ${showing.size}.`;
  }
  const due = queue.due.length;
  summary.textContent = due ? `${plural(due, 'question', 'questions')} to review today.` : showing.size ? 'That is all for today.' : 'Nothing to review today.';
  const byDay = new Map<number, number>();
  for (const { card } of queue.later) byDay.set(card.dueDay, (byDay.get(card.dueDay) ?? 0) + 1);
  const upcoming = [...byDay].slice(0, 3).map(([day, count]) => `${count} on ${dateOf(day, now)}`);
  laterLine.hidden = upcoming.length === 0;
  laterLine.textContent = upcoming.length ? `Coming back later: ${upcoming.join('; ')}${byDay.size > 3 ? '; and more after that' : ''}.` : '';
  if (!due && !showing.size && !queue.later.length) summary.textContent += ' Questions you miss in the lessons will come back here.';
}

document.addEventListener('course:answered', (event) => {
  const li = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-review-item]') : null;
  if (!li) return;
  const now = Date.now();
  const card = reviewCard(entry(store.read().questions, li.dataset['reviewItem'] ?? '') ?? []);
  const next = $('[data-review-next]', li);
  next.hidden = false;
  next.textContent = !card
    ? '✓ Done: this question has left your review list.'
    : card.dueDay <= dayNumber(now)
      ? 'It is still due today.'
      : card.box === 1
        ? `It comes back tomorrow (${dateOf(card.dueDay, now)}).`
        : `✓ Right. Next check: ${dateOf(card.dueDay, now)}.`;
  render();
});

addEventListener('storage', (e) => {
  if (e.key === PROGRESS_KEY) render();
});
render();
