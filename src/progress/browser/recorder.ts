/**
 * Records answers on pages with questions (ProgressTracker adds it to quiz
 * pages; the review page imports it). Listens on document for the quiz UI's
 * bubbling events: `course:answered` (one attempt at a question) and
 * `course:assessed` (a finished assessment, whose drawn questions were
 * answered just before it). On a lesson page the lesson is complete once each
 * of its practice questions (the article's data-questions) has an answer.
 * Mends races with other tabs on `storage` events by merging. Stored progress
 * still in format 1 is migrated here, the first time (v1-to-v2.ts, loaded only then).
 */
import type { AnsweredDetail } from '../../quiz/browser/answered-event';
import type { AssessedDetail } from '../../quiz/browser/course-assessment';
import { answer, assess, completeIfAnswered } from '../record';
import type { Response } from '../state';
import { PROGRESS_KEY } from '../state';
import { parseLight } from '../light-codec';
import { merge } from '../merge';
import { openProgress, syncProgress } from '../store';
import { announceChange } from './announce';
import { browserStorage } from './events';
// Pages with questions get the tracker from here rather than in their inline shell (BaseLayout.astro), so the two share one copy of the store code.
import './tracker';

// Literal names rather than imports: importing course-assessment.ts would define its element here too.
const ANSWERED = 'course:answered';
const ASSESSED = 'course:assessed';

// Light reading (light-codec.ts says what the strict one would cost), real merging. What this page writes keeps to
// the strict rules (record.ts), and merging copes with any entry the light reading let through; a strict
// page (My progress and the others) sets aside and names any entry it cannot read.
const storage = browserStorage();
const store = openProgress(storage, { parse: parseLight, merge });
const article = document.querySelector<HTMLElement>('[data-lesson-key]');
const lesson = article?.dataset['lessonKey'];
const questions = (article?.dataset['questions'] ?? '').split(' ').filter(Boolean);
let drawn: string[] = [];

document.addEventListener(ANSWERED, (event) => {
  const { questionId, score, max, response } = (event as CustomEvent<AnsweredDetail>).detail;
  const t = Date.now();
  if (event.target instanceof Element && event.target.closest('course-assessment')) drawn.push(questionId);
  store.update((s) => {
    const next = answer(s, questionId, { at: t, earned: score, total: max, response: response as unknown as Response });
    return lesson ? completeIfAnswered(next, lesson, questions, t) : next;
  });
  announceChange(store);
});

document.addEventListener(ASSESSED, (event) => {
  const { quizId, score, max, passed } = (event as CustomEvent<AssessedDetail>).detail;
  const ids = drawn;
  drawn = [];
  store.update((s) => assess(s, quizId, { at: Date.now(), score, max, passed, questions: ids }));
  if (passed && event.target instanceof Element) offerCertificate(event.target);
  announceChange(store);
});

// Format 1 (before issue 17) is left alone by the light reading: migrate it once, then take it up (with any answer given meanwhile).
function upgrade() {
  let text: string | null = null;
  try {
    text = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return;
  }
  if (!text?.includes('"v":1')) return;
  void import('../v1-to-v2').then(({ upgradeText }) => {
    const next = upgradeText(text);
    try {
      // Only over the text it read: another tab may have migrated it, or written since.
      if (next && storage?.getItem(PROGRESS_KEY) === text) storage.setItem(PROGRESS_KEY, next);
    } catch {
      // Storage refused: the format-1 data stays as it was, and this page keeps its copy.
    }
    syncProgress(store, merge);
    announceChange(store);
  });
}
upgrade();

addEventListener('storage', (e) => {
  if (e.key === PROGRESS_KEY) syncProgress(store, merge);
});

/** After a pass, the result panel points to the certificate (ProgressTracker renders the offer). */
function offerCertificate(assessment: Element) {
  const summary = assessment.querySelector('[data-result] [data-result-summary]');
  const offer = document.querySelector<HTMLTemplateElement>('template[data-certificate-offer]')?.content;
  if (summary && offer && !summary.parentElement?.querySelector('.certificate-offer')) summary.after(offer.cloneNode(true));
}
