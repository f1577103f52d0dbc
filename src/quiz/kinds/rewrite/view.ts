// The browser half of a rewrite question: free writing with instant
// plain-text hints and a rubric the learner ticks. The draft is kept on the
// device (and survives Try again), so nothing typed is lost.
import { estimateSeconds, rewriteHints } from './hints';
import type { ViewFactory } from '../../browser/view';

const draftKey = (id: string) => `warm-open:draft:${id}`;

export const view: ViewFactory<'rewrite'> = (question, ctx) => {
  const text = ctx.root.querySelector<HTMLTextAreaElement>('[data-text]')!;
  const meter = ctx.root.querySelector<HTMLElement>('[data-meter]')!;
  const hints = ctx.root.querySelector<HTMLUListElement>('[data-hints]')!;
  const model = ctx.root.querySelector<HTMLElement>('[data-model]')!;
  const boxes = [...ctx.root.querySelectorAll<HTMLInputElement>('.rubric input')];

  function update() {
    const seconds = Math.round(estimateSeconds(text.value));
    meter.textContent = text.value.trim()
      ? `About ${seconds} seconds to say; aim for ${question.maxSeconds} or less.`
      : `Aim for something you can say in about ${question.maxSeconds} seconds.`;
    const found = rewriteHints(text.value, question);
    hints.hidden = found.length === 0;
    hints.replaceChildren(...found.map((h) => Object.assign(document.createElement('li'), { textContent: h.message })));
  }

  try {
    text.value = localStorage.getItem(draftKey(question.id)) ?? '';
  } catch {
    // Storage blocked: the draft lives only as long as the page.
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
    try {
      localStorage.setItem(draftKey(question.id), text.value);
    } catch {
      // Full or blocked: keep working; the text is still in the box.
    }
  });
  update();

  return {
    read: () => ({ text: text.value, ticked: boxes.filter((b) => b.checked).map((b) => b.value) }),
    lock(locked) {
      text.disabled = locked;
      boxes.forEach((b) => (b.disabled = locked));
    },
    showResult: () => (model.hidden = false),
    showSolution: () => (model.hidden = false),
    reset() {
      model.hidden = true;
      boxes.forEach((b) => (b.checked = false));
    },
    focusFirst: () => text.focus(),
  };
};
