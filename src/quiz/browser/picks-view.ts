// Choice and spot-the-mistake share one view: pick options (radios or
// checkboxes), then each picked or missed item explains itself. Each input's
// value is its option's or segment's id, so a response names ids.
import { MISSED, RIGHT, WRONG, setItemFeedback, type View, type ViewContext } from './view';

interface Pickable {
  id: string;
  feedback: string;
  right: boolean;
}

export function picksView(items: Pickable[], ctx: ViewContext): View<'choice' | 'spot-the-mistake'> & { read(): { selected: string[] } } {
  const inputs = [...ctx.root.querySelectorAll<HTMLInputElement>('.option input')];
  const itemOf = (input: HTMLInputElement) => input.closest('.option')!;
  const pickable = (input: HTMLInputElement) => items.find((item) => item.id === input.value);

  return {
    read: () => ({ selected: inputs.filter((i) => i.checked).map((i) => i.value) }),
    lock: (locked) => inputs.forEach((i) => (i.disabled = locked)),
    showResult({ selected }) {
      for (const input of inputs) {
        const item = pickable(input);
        const picked = selected.includes(input.value);
        // Explain what was picked, and what should have been; stay quiet on the rest.
        if (!item || (!picked && !item.right)) setItemFeedback(itemOf(input), null);
        else if (picked) setItemFeedback(itemOf(input), item.right ? RIGHT : WRONG, item.feedback);
        else setItemFeedback(itemOf(input), MISSED, item.feedback);
      }
    },
    showSolution() {
      for (const input of inputs) {
        const item = pickable(input);
        input.checked = item?.right ?? false;
        setItemFeedback(itemOf(input), item?.right ? RIGHT : null, item?.feedback);
      }
    },
    reset() {
      for (const input of inputs) {
        input.checked = false;
        setItemFeedback(itemOf(input), null);
      }
    },
    focusFirst: () => inputs[0]?.focus(),
  };
}
