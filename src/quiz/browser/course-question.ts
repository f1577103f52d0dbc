/**
 * <course-question>: upgrades a server-rendered question once it is near the
 * viewport, loading only its own kind's view. Data comes from data-question
 * (rendered by us at build time from validated YAML).
 */
import type { QuestionByKind, QuestionKind } from '../schema';
import { scorers } from '../kinds/scorers';
import { views } from '../kinds/views';
import { control, type QuestionControl } from './controller';

async function mount<K extends QuestionKind>(root: HTMLElement, question: QuestionByKind[K], assessment: boolean) {
  const kind: K = question.kind;
  return control(root, question, { view: await views[kind](), score: scorers[kind] }, { assessment });
}

export class CourseQuestion extends HTMLElement {
  #control: Promise<QuestionControl> | undefined;
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    if (this.closest('course-assessment')) return; // the assessment upgrades its own questions
    this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.upgrade(), { rootMargin: '300px' });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  /** Loads and wires the question; safe to call more than once. */
  upgrade(assessment = false): Promise<QuestionControl> {
    this.#observer?.disconnect();
    this.#control ??= mount(this, JSON.parse(this.dataset['question'] ?? '{}'), assessment);
    return this.#control;
  }
}

if (!customElements.get('course-question')) customElements.define('course-question', CourseQuestion);
