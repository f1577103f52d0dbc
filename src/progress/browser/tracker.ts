/**
 * The progress tracker every page runs (kept small: it is on pages with no
 * other JavaScript). It records the visit and time on lesson pages, fills the
 * header's progress link, marks completed lessons in lists, turns Start into
 * Resume, says when progress cannot be kept, and follows other tabs. It uses
 * the light codec (light-codec.ts); answers are recorded by recorder.ts.
 */
import { lightCodec } from '../light-codec';
import { spend, visit } from '../visits';
import { PROGRESS_KEY, entry } from '../state';
import { isCoursePath, lessonKeyOf } from '../course-index';
import type { ProgressState } from '../state';
import type { Problem } from '../store';
import { openProgress } from '../store';
import type { ChangeDetail } from './events';
import { PROGRESS_CHANGED, browserStorage } from './events';

// Normalised: the recorder bundles this file too, where Vite's BASE_URL may lack the closing slash.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
const store = openProgress(browserStorage(), lightCodec);
const notice = $('[data-progress-notice]');
const lesson = $('[data-lesson-key]')?.dataset['lessonKey'];
let shown: Problem | undefined;

/** From storage, or from another script's copy when it has just written (its copy is all there is when storage is blocked). */
function render(state: ProgressState = store.read(), problem?: Problem) {
  const done = (key: string) => entry(state.lessons, key)?.completed !== undefined;

  const count = $('[data-progress-count]');
  if (count) {
    // Completed lessons the store knows of; capped, since a lesson since removed from the course may linger there.
    const total = Number(count.dataset['total']);
    count.textContent = `${Math.min(Object.keys(state.lessons).filter(done).length, total)}/${total}`;
  }

  const mark = $<HTMLTemplateElement>('template[data-done-mark]')?.content;
  // A lesson's key is read off its link as the browser resolved it (relative in a SCORM package).
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lessons] > li > a')) {
    link.querySelector('.done-mark')?.remove();
    if (mark && done(lessonKeyOf(link.pathname, base))) link.append(mark.cloneNode(true));
  }

  const start = $<HTMLAnchorElement>('[data-start-link]');
  const { url, title } = state.lastPage ?? {};
  // Resume once a lesson has been opened (reading the guide is not starting), and only to a
  // course path on this site: the stored URL is data anyone could edit.
  if (start && title && Object.keys(state.lessons).length && isCoursePath(url, base)) {
    start.href = url;
    start.textContent = `Resume: ${title}`;
  }

  shown = problem ?? store.problem() ?? shown;
  for (const p of notice?.querySelectorAll<HTMLElement>('[data-notice]') ?? []) p.hidden = p.dataset['notice'] !== shown;
}

if (notice?.hasAttribute('data-resumable')) {
  const title = ($('h1')?.textContent ?? document.title).trim();
  store.update((s) => visit(s, location.pathname, title, Date.now(), lesson));
}

if (lesson) {
  // Time counts only while the page is visible; a tab left open overnight adds at most an hour.
  let since = document.visibilityState === 'visible' ? Date.now() : 0;
  const flush = () => {
    if (since) store.update((s) => spend(s, lesson, Math.min(Date.now() - since, 3_600_000) / 1000, Date.now()));
    since = document.visibilityState === 'visible' ? Date.now() : 0;
  };
  document.addEventListener('visibilitychange', flush);
  addEventListener('pagehide', flush);
}

addEventListener('storage', (e) => (e.key === null || e.key === PROGRESS_KEY) && render());
document.addEventListener(PROGRESS_CHANGED, (e) => {
  const { state, problem } = (e as CustomEvent<ChangeDetail>).detail;
  render(state, problem);
});
render();
