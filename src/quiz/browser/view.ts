/**
 * What each kind's browser view provides to the shared controller. The view
 * owns its inputs and per-item feedback; the controller owns Check / Try
 * again / Show solution, the score line, attempts and the live region.
 */
import type { QuestionKind } from '../schema';
import type { QuizDataByKind } from '../page-text';
import type { ResponseByKind } from '../kinds';

export interface ViewContext {
  /** The question's element, already server-rendered. */
  root: HTMLElement;
  /** Say something in the question's live region (plain text). */
  announce(message: string): void;
  /** For views that finish on their own (dialogue): report the final response. */
  complete(): void;
}

export interface View<K extends QuestionKind> {
  /** The learner's current response, naming authored ids (never screen positions). */
  read(): ResponseByKind[K];
  /** Enable or disable the inputs. */
  lock(locked: boolean): void;
  /** Mark each item right or wrong, in words, for this response. */
  showResult(response: ResponseByKind[K]): void;
  /** Reveal the right answer. */
  showSolution(): void;
  /** Back to a fresh attempt. */
  reset(): void;
  /** Where focus goes when a fresh attempt starts. */
  focusFirst(): void;
  /**
   * False while the learner has not touched a question whose untouched state
   * is still a scorable answer (an order question's shuffled list). An
   * assessment treats such a question as unanswered.
   */
  touched?(): boolean;
}

/** A view gets its question as the quiz data carries it: the words the page shows stay in the page. */
export type ViewFactory<K extends QuestionKind> = (question: QuizDataByKind[K], ctx: ViewContext) => View<K>;

/** The marks beside items and on the score line (controller.ts): a symbol and words, never colour alone. */
export const MARK = { right: '✓', wrong: '✗', partly: '◐', missed: '○' } as const;
export const RIGHT = `${MARK.right} Right.`;
export const WRONG = `${MARK.wrong} Not right.`;
/** A right option (or a real mistake) the learner did not pick: not wrong, so not ✗. */
export const MISSED = `${MARK.missed} You missed this one.`;

/** Shows or hides an item's feedback line with a mark and text. */
export function setItemFeedback(item: Element, mark: string | null, text = '') {
  const p = item.querySelector<HTMLElement>('[data-item-feedback]');
  if (!p) return;
  p.hidden = mark === null;
  p.textContent = mark === null ? '' : `${mark} ${text}`.trim();
  item.toggleAttribute('data-right', mark === RIGHT);
  item.toggleAttribute('data-wrong', mark === WRONG);
}
