// The browser half of a dialogue question: a branching call. Each reply adds
// the learner's line, how it landed and the other party's next line to the log
// (a polite live region). At an ending the call is scored and reviewed next to
// the strong path. Replies show in a fresh order on every attempt (the
// server's no-JS page keeps the authored one); buttons still answer with the
// choice's id, so scores never change.
import { bestPath, walkDialogue } from '../../engine/dialogue-walk';
import { replyOrder } from '../../engine/shuffle';
import type { QuizDataByKind } from '../../page-text';
import type { ViewFactory } from '../../browser/view';

function el<T extends keyof HTMLElementTagNameMap>(tag: T, className: string, ...children: (string | Node)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}
const line = (who: string, text: string, rep = false) => el('p', rep ? 'line line-rep' : 'line', el('b', 'who', `${who}:`), ` ${text}`);
const pointsText = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

/** The transcript of a path, as nodes to append. */
function transcript(question: QuizDataByKind['dialogue'], path: string[]): Node[] {
  const walk = walkDialogue(question, path);
  const nodes: Node[] = [];
  for (const step of walk.steps) {
    nodes.push(line(step.node.speaker, step.node.line), line('You', step.choice.text, true));
    nodes.push(el('p', 'cue', el('i', '', `[${step.feedback} ${pointsText(step.points)}.]`)));
  }
  const last = walk.current?.node;
  if (last) nodes.push(line(last.speaker, last.line));
  if (walk.ending?.node.ending) nodes.push(el('p', 'dialogue-ending', el('strong', '', 'How the call ended: '), walk.ending.node.ending));
  return nodes;
}

export const view: ViewFactory<'dialogue'> = (question, ctx) => {
  const log = ctx.root.querySelector<HTMLElement>('[data-log]')!;
  const choices = ctx.root.querySelector<HTMLElement>('[data-choices]')!;
  ctx.root.querySelector<HTMLElement>('[data-nojs]')!.hidden = true;
  let path: string[] = [];
  let review: HTMLElement | null = null;
  // Per attempt: a random seed, and each node's order, kept so the next attempt can differ from it.
  let seed = '';
  let orders = new Map<string, number[]>();
  let lastOrders = orders;
  const newAttempt = () => {
    seed = `${question.id}:${crypto.getRandomValues(new Uint32Array(1))[0]}`;
    lastOrders = orders;
    orders = new Map();
  };
  const orderAt = (nodeId: string, count: number) => {
    const order = question.shuffle ? replyOrder(count, `${seed}:${nodeId}`, lastOrders.get(nodeId)) : [...Array(count).keys()];
    orders.set(nodeId, order);
    return order;
  };

  function render() {
    log.replaceChildren(...transcript(question, path));
    const walk = walkDialogue(question, path);
    const options = walk.ending ? [] : (walk.current?.node.choices ?? []);
    const order = orderAt(walk.current?.nodeId ?? '', options.length);
    choices.hidden = options.length === 0;
    choices.replaceChildren(
      el('p', 'dialogue-prompt', 'Your reply:'),
      el(
        'ul',
        'dialogue-options',
        ...order.map((i) => {
          const option = options[i]!;
          const button = el('button', 'button dialogue-option', option.text);
          button.type = 'button';
          button.addEventListener('click', () => choose(option.id));
          return el('li', '', button);
        }),
      ),
    );
    if (walk.ending) ctx.complete();
  }

  function choose(id: string) {
    path = [...path, id];
    render();
    choices.querySelector<HTMLButtonElement>('button')?.focus();
  }

  const summary = (title: string, p: string[]) => {
    const steps = walkDialogue(question, p).steps;
    return el(
      'div',
      'dialogue-path',
      el('p', 'dialogue-path-title', el('strong', '', title)),
      el('ol', '', ...steps.map((s) => el('li', '', `“${s.choice.text}” (${pointsText(s.points)})`))),
    );
  };

  newAttempt();
  render();
  return {
    read: () => ({ path }),
    lock: (locked) => choices.querySelectorAll('button').forEach((b) => (b.disabled = locked)),
    showResult(response) {
      review?.remove();
      review = el('div', 'dialogue-review', summary('Your call', response.path), summary('The strong path', bestPath(question).path));
      log.after(review);
    },
    showSolution() {
      review?.remove();
      review = null;
      path = bestPath(question).path;
      log.replaceChildren(el('p', 'dialogue-path-title', el('strong', '', 'The strong path')), ...transcript(question, path));
      choices.hidden = true;
    },
    reset() {
      review?.remove();
      review = null;
      path = [];
      newAttempt();
      render();
    },
    focusFirst: () => choices.querySelector<HTMLButtonElement>('button')?.focus(),
  };
};
