/**
 * Shared behaviour of every question: Check, Try again, Show solution, the
 * score and attempt count, and a live region. Scoring is the pure engine's;
 * this file only moves between states and says what happened, in words.
 */
import type { QuestionKind } from '../schema';
import type { QuizDataByKind } from '../page-text';
import { invalid, type Score, type Scorer } from '../engine/score';
import { ANSWERED, type AnsweredDetail } from './answered-event';
import { MARK, type View, type ViewFactory } from './view';

/** What the controller needs of a kind: its browser view and its scorer. */
export interface BrowserKind<K extends QuestionKind> {
  view: ViewFactory<K>;
  score: Scorer<K>;
}

export interface QuestionControl {
  /** Assessment mode: score the current response without showing anything. */
  evaluate(): Score;
  /** Assessment mode: show and record the result of the current response. */
  reveal(): void;
  /** Back to a fresh, unlocked attempt. */
  reset(): void;
}

export function summaryText(score: Extract<Score, { type: 'points' }>): string {
  const tally = `${score.earned} of ${score.total} ${score.total === 1 ? 'point' : 'points'}`;
  if (score.earned === score.total) return `${MARK.right} Right: ${tally}.`;
  return `${score.earned > 0 ? `${MARK.partly} Partly right` : `${MARK.wrong} Not right`}: ${tally}. The notes beside each item say why.`;
}

/** The explanation as the page shows it in the question's answer (Answer.astro), without its "Why:" label; missing reads as empty text. */
function explanationOf(root: ParentNode): string {
  const nodes = [...(root.querySelector('.answer-explanation')?.childNodes ?? [])].filter((node) => node.nodeName !== 'STRONG');
  return nodes
    .map((node) => node.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function control<K extends QuestionKind>(
  root: HTMLElement,
  question: QuizDataByKind[K],
  kind: BrowserKind<K>,
  options: { assessment?: boolean } = {},
): QuestionControl {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const controls = $('[data-controls]')!;
  const check = $<HTMLButtonElement>('[data-action="check"]');
  const retry = $<HTMLButtonElement>('[data-action="retry"]')!;
  const solution = $<HTMLButtonElement>('[data-action="solution"]')!;
  const scoreLine = $('[data-score]')!;
  const feedback = $('[data-feedback]')!;
  // The quiz data leaves it out (page-text.ts): the page has it.
  const explanation = explanationOf(root);
  let attempts = 0;

  const say = (...lines: string[]) =>
    feedback.replaceChildren(...lines.filter(Boolean).map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  const assessment = options.assessment === true;
  // In an assessment a finished dialogue waits for "Finish" like every other question.
  const ctx = { root, announce: (message: string) => say(message), complete: () => void (assessment || finish()) };
  const view: View<K> = kind.view(question, ctx);
  const scoreOf = (response: ReturnType<View<K>['read']>) => kind.score(response, question);

  function setState(state: 'open' | 'done') {
    if (check) check.hidden = state === 'done';
    retry.hidden = state === 'open';
    view.lock(state === 'done');
  }

  /** Shows a scored response and records it as an attempt. */
  function present(response: ReturnType<View<K>['read']>, score: Extract<Score, { type: 'points' }>) {
    attempts += 1;
    setState('done');
    view.showResult(response);
    scoreLine.textContent = `Score ${score.earned}/${score.total} · ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`;
    say(summaryText(score), explanation);
    const detail = { questionId: question.id, kind: question.kind, score: score.earned, max: score.total, response } as AnsweredDetail;
    root.dispatchEvent(new CustomEvent(ANSWERED, { detail, bubbles: true }));
  }

  function finish(): Score {
    const response = view.read();
    const score = scoreOf(response);
    if (score.type === 'invalid') say(score.message);
    else present(response, score);
    return score;
  }

  function reset() {
    view.reset();
    setState('open');
    feedback.replaceChildren();
  }

  root.querySelector<HTMLElement>('[data-answer]')!.hidden = true;
  controls.hidden = assessment;
  setState('open');

  check?.addEventListener('click', () => {
    if (finish().type === 'points') feedback.focus();
  });
  retry.addEventListener('click', () => {
    reset();
    view.focusFirst();
  });
  solution.addEventListener('click', () => {
    view.showSolution();
    setState('done');
    say('Solution shown.', explanation);
    feedback.focus();
  });

  return {
    evaluate: () => (view.touched?.() === false ? invalid('Not answered yet.') : scoreOf(view.read())),
    reveal() {
      const response = view.read();
      const score = scoreOf(response);
      if (score.type === 'points') present(response, score);
    },
    reset,
  };
}
