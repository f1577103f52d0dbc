/**
 * <course-question>: upgrades a server-rendered question once it is near the
 * viewport, loading its own kind's view and its quiz's data side by side
 * (quiz-data.ts: one fetch per quiz, shared by its questions; the URL is in
 * data-quiz-data, written at build time under the base, relative in a SCORM
 * package; it leaves out the words this element already shows: page-text.ts).
 * Until both are here the inputs stay disabled as the server
 * rendered them, so no click is taken and then lost, and the live region says
 * it is loading. If the data cannot be fetched it says so calmly and offers
 * Retry; the <details> answer stays readable all along.
 */
import type { QuestionKind } from '../schema';
import type { QuizDataByKind } from '../page-text';
import { scorers } from '../kinds/scorers';
import { views } from '../kinds/views';
import { control, type QuestionControl } from './controller';
import { quizData } from './quiz-data';

export const LOADING = 'Loading this question…';
export const NOT_LOADED = 'This question could not load, so it cannot be checked yet. Your progress is safe. Check your connection, then try again.';

async function mount<K extends QuestionKind>(root: HTMLElement, question: QuizDataByKind[K], assessment: boolean) {
  const kind: K = question.kind;
  return control(root, question, { view: await views[kind](), score: scorers[kind] }, { assessment });
}

export class CourseQuestion extends HTMLElement {
  #control: Promise<QuestionControl> | undefined;
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    if (this.closest('course-assessment')) return; // the assessment upgrades its own questions
    // Opened at the practice or at this question: start at once rather than at the observer's
    // first report, which comes a frame later (and later still in Firefox on such a load).
    const target = location.hash.slice(1);
    if (target === 'practice' || target === this.id) {
      this.upgrade().catch(() => undefined);
      return;
    }
    // The margin starts the fetch before the question scrolls in, so it is usually ready when seen.
    this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.upgrade().catch(() => undefined), {
      rootMargin: '300px',
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  /** The question's id, as in its quiz file. */
  get questionId(): string {
    return this.dataset['questionId'] ?? '';
  }

  /** Loads and wires the question; safe to call more than once. Rejects (having said so) when its data cannot load. */
  upgrade(assessment = false): Promise<QuestionControl> {
    this.#observer?.disconnect();
    this.#control ??= this.#load(assessment).catch((error: unknown) => {
      this.#control = undefined;
      this.#offerRetry(assessment);
      throw error;
    });
    return this.#control;
  }

  async #load(assessment: boolean): Promise<QuestionControl> {
    const url = new URL(this.dataset['quizData'] ?? '', location.href).href;
    if (!quizData.ready(url)) this.#say(LOADING);
    // The view's code loads while the data is on its way.
    const [question] = await Promise.all([quizData.question(url, this.questionId), views[this.dataset['kind'] as QuestionKind]?.()]);
    this.#say();
    return mount(this, question, assessment);
  }

  #say(message?: string) {
    const region = this.querySelector<HTMLElement>('[data-feedback]')!;
    region.replaceChildren(...(message ? [Object.assign(document.createElement('p'), { textContent: message })] : []));
    return region;
  }

  #offerRetry(assessment: boolean) {
    const region = this.#say(NOT_LOADED);
    const retry = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: 'Try loading again' });
    retry.dataset['action'] = 'reload';
    retry.addEventListener('click', () => {
      retry.remove();
      region.focus(); // focus was on the button just removed; the region then says how it went
      this.upgrade(assessment).catch(() => undefined);
    });
    region.after(retry);
  }
}

if (!customElements.get('course-question')) customElements.define('course-question', CourseQuestion);
