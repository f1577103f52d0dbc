/**
 * <course-assessment>: a drawn question set (the final assessment). Draws
 * `data-draw` questions from the pool with a fresh seed per attempt, meeting
 * every idea (each item's `data-ideas`) and keeping last attempt's questions
 * for last (remembered in localStorage, so a retry tomorrow is fresh too),
 * hides the rest, and on Finish scores every item (each worth one, partial
 * credit as a fraction), shows pass or fail against `data-pass-mark`, and
 * reviews each item.
 */
import { drawQuestions } from '../engine/draw';
import { assessmentScore, passed } from '../engine/result';
import type { CourseQuestion } from './course-question';
import './course-question';

export const ASSESSED = 'course:assessed';
export interface AssessedDetail {
  quizId: string;
  /** Sum of item fractions, e.g. 13.5 */
  score: number;
  /** Number of items drawn. */
  max: number;
  passed: boolean;
  passMark: number;
}

const newSeed = () => Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
const percent = (f: number) => `${Math.round(f * 100)}%`;
// Only a hint for the next draw: storage that fails or holds junk just means a fully random retry.
const lastDrawKey = (quizId: string) => `warm-open:last-draw:${quizId}`;
function lastDraw(quizId: string): string[] {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(lastDrawKey(quizId)) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
function rememberDraw(quizId: string, ids: string[]) {
  try {
    localStorage.setItem(lastDrawKey(quizId), JSON.stringify(ids));
  } catch {
    // Storage blocked or full: the next draw is random, which is still fair.
  }
}

class CourseAssessment extends HTMLElement {
  #items = [...this.querySelectorAll<HTMLLIElement>('.quiz-questions > li')];
  #status = this.querySelector<HTMLElement>('[data-assessment-status]')!;
  #result = this.querySelector<HTMLElement>('[data-result]')!;
  #drawn: CourseQuestion[] = [];

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-assessment-actions]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-assessment-intro]')!.hidden = false;
    this.querySelector('[data-action="finish"]')!.addEventListener('click', () => void this.#finish());
    this.querySelector('[data-action="redraw"]')!.addEventListener('click', () => void this.#draw(true));
    void this.#draw(false);
  }

  async #draw(focus: boolean) {
    const pool = this.#items.map((li) => {
      const el = li.querySelector<CourseQuestion>('course-question')!;
      return { id: el.questionId, ideas: (li.dataset['ideas'] ?? '').split(' ').filter(Boolean), li, el };
    });
    const quizId = this.dataset['quizId'] ?? '';
    const drawn = drawQuestions(pool, Number(this.dataset['draw']), newSeed(), lastDraw(quizId));
    rememberDraw(
      quizId,
      drawn.map((d) => d.id),
    );
    this.querySelector('.quiz-questions')!.append(...drawn.map((d) => d.li));
    for (const item of pool) item.li.hidden = !drawn.includes(item);
    drawn.forEach((d, i) => (d.el.querySelector('[data-number]')!.textContent = `Question ${i + 1} of ${drawn.length}.`));
    this.#drawn = drawn.map((d) => d.el);
    const controls = await this.#upgradeDrawn();
    controls?.forEach((c) => c.reset());
    this.#result.hidden = true;
    // The pool stays unseen until the first draw (quiz.css), so nothing jumps when it is made.
    this.dataset['drawn'] = '';
    if (controls && focus) this.#drawn[0]?.querySelector<HTMLElement>('input, textarea, button')?.focus();
  }

  /** The drawn questions' controls, or undefined (and a calm status) when some could not load: each says so and offers to try again. */
  async #upgradeDrawn() {
    this.#status.textContent = '';
    try {
      return await Promise.all(this.#drawn.map((el) => el.upgrade(true)));
    } catch {
      this.#status.textContent = 'Some questions could not load. Each one that did not says so; try loading it again, then finish.';
      return undefined;
    }
  }

  async #finish() {
    const controls = await this.#upgradeDrawn();
    if (!controls) return;
    const scores = controls.map((c) => c.evaluate());
    const missing = scores.flatMap((s, i) => (s.type === 'invalid' ? [i + 1] : []));
    if (missing.length > 0) {
      this.#status.textContent = `Answer ${missing.length === 1 ? 'question' : 'questions'} ${missing.join(', ')} before you finish.`;
      this.#drawn[(missing[0] ?? 1) - 1]?.scrollIntoView({ block: 'center' });
      return;
    }
    controls.forEach((c) => c.reveal());
    const { fractions, score } = assessmentScore(scores);
    const passMark = Number(this.dataset['passMark']);
    const fraction = score / fractions.length;
    const ok = passed(fraction, passMark);
    this.#status.textContent = '';
    this.#showResult(score, fractions, ok, passMark);
    const detail: AssessedDetail = { quizId: this.dataset['quizId'] ?? '', score, max: fractions.length, passed: ok, passMark };
    this.dispatchEvent(new CustomEvent(ASSESSED, { detail, bubbles: true }));
  }

  #showResult(score: number, fractions: number[], ok: boolean, passMark: number) {
    const summary = this.#result.querySelector('[data-result-summary]')!;
    summary.textContent = `${ok ? '✓ Passed' : '✗ Not passed yet'}: ${score} of ${fractions.length} (${percent(score / fractions.length)}). The pass mark is ${percent(passMark)}.`;
    const review = this.#result.querySelector('[data-result-review]')!;
    review.replaceChildren(
      ...this.#drawn.map((el, i) => {
        const li = document.createElement('li');
        const link = Object.assign(document.createElement('a'), {
          href: `#${el.id}`,
          textContent: el.querySelector('.question-prompt')?.textContent?.replace(/^\s*Question \d+ of \d+\.\s*/, '') ?? '',
        });
        const f = fractions[i] ?? 0;
        li.append(`${f === 1 ? '✓' : f > 0 ? '◐' : '✗'} ${percent(f)}: `, link);
        return li;
      }),
    );
    this.#result.hidden = false;
    this.#result.focus();
  }
}

if (!customElements.get('course-assessment')) customElements.define('course-assessment', CourseAssessment);
