/**
 * <course-question>: upgrades a server-rendered question once it is near the
 * viewport, loading only its own kind's view. Data comes from data-question
 * (rendered by us at build time from validated YAML).
 */
import type { QuestionKind } from '../schema';
import type { QuestionByKind } from '../engine/score';
import { control, type QuestionControl } from './controller';
import type { ViewFactory } from './view';

type Loaders = { [K in QuestionKind]: () => Promise<ViewFactory<K>> };

/** A new kind fails to compile here until it has a browser view. */
const views = {
  choice: () => import('./views/choice').then((m) => m.choiceView),
  'spot-the-mistake': () => import('./views/spot-the-mistake').then((m) => m.spotTheMistakeView),
  order: () => import('./views/order').then((m) => m.orderView),
  classify: () => import('./views/classify').then((m) => m.classifyView),
  dialogue: () => import('./views/dialogue').then((m) => m.dialogueView),
  rewrite: () => import('./views/rewrite').then((m) => m.rewriteView),
} satisfies Loaders;

async function mount<K extends QuestionKind>(root: HTMLElement, question: QuestionByKind[K], assessment: boolean) {
  const kind: K = question.kind;
  const factory = await (views as Loaders)[kind]();
  return control(root, question, factory, { assessment });
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
