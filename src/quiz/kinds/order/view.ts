// The browser half of an order question. Reorder with Move up / Move down
// buttons: keyboard and touch alike. Focus stays on the pressed button as its
// item moves, and the move is announced. Each item carries its id.
import { RIGHT, WRONG, setItemFeedback, type ViewFactory } from '../../browser/view';

export const view: ViewFactory<'order'> = (question, ctx) => {
  const list = ctx.root.querySelector<HTMLOListElement>('[data-order-list]')!;
  const items = () => [...list.children] as HTMLLIElement[];
  const initial = items();
  const n = initial.length;
  const idOf = (li: HTMLElement) => li.dataset['id'] ?? '';
  // Authored position: items are written in the right order.
  const stepOf = (li: HTMLElement) => question.items.findIndex((item) => item.id === idOf(li));
  let locked = true;
  let moved = false;
  list.querySelectorAll<HTMLElement>('[data-order-buttons]').forEach((b) => (b.hidden = false));

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-move]');
    if (!button || locked) return;
    const item = button.closest('li')!;
    const from = items().indexOf(item);
    const to = from + Number(button.dataset['move']);
    const text = item.querySelector('.order-text')?.textContent ?? '';
    if (to < 0 || to >= n) {
      ctx.announce(`“${text}” is already ${to < 0 ? 'first' : 'last'}.`);
      return;
    }
    const sibling = items()[to]!;
    if (to < from) sibling.before(item);
    else sibling.after(item);
    button.focus();
    moved = true;
    ctx.announce(`“${text}” moved to position ${to + 1} of ${n}.`);
  });

  const buttons = () => [...list.querySelectorAll<HTMLButtonElement>('[data-move]')];
  return {
    read: () => ({ order: items().map(idOf) }),
    lock(value) {
      locked = value;
      buttons().forEach((b) => (b.disabled = value));
    },
    showResult({ order }) {
      items().forEach((li, position) => {
        const right = order[position] === question.items[position]?.id;
        setItemFeedback(li, right ? RIGHT : WRONG, right ? 'In the right place.' : `This is step ${stepOf(li) + 1}.`);
      });
    },
    showSolution() {
      const sorted = items().sort((a, b) => stepOf(a) - stepOf(b));
      list.append(...sorted);
      sorted.forEach((li, i) => setItemFeedback(li, RIGHT, `Step ${i + 1}.`));
    },
    touched: () => moved,
    reset() {
      moved = false;
      list.append(...initial);
      initial.forEach((li) => setItemFeedback(li, null));
    },
    focusFirst: () => buttons()[0]?.focus(),
  };
};
