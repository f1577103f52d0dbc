// Choice and spot-the-mistake share one view: pick options (radios or
// checkboxes), then each picked or missed item explains itself.
import { RIGHT, WRONG, setItemFeedback, type View, type ViewContext } from '../view';

interface Pickable {
  feedback: string;
  right: boolean;
}

export function picksView(items: Pickable[], ctx: ViewContext): View<'choice' | 'spot-the-mistake'> & { read(): { selected: number[] } } {
  const inputs = [...ctx.root.querySelectorAll<HTMLInputElement>('.option input')];
  const itemOf = (input: HTMLInputElement) => input.closest('.option')!;
  const indexOf = (input: HTMLInputElement) => Number(input.value);

  return {
    read: () => ({ selected: inputs.filter((i) => i.checked).map(indexOf) }),
    lock: (locked) => inputs.forEach((i) => (i.disabled = locked)),
    showResult({ selected }) {
      for (const input of inputs) {
        const item = items[indexOf(input)];
        const picked = selected.includes(indexOf(input));
        // Explain what was picked, and what should have been; stay quiet on the rest.
        if (!item || (!picked && !item.right)) setItemFeedback(itemOf(input), null);
        else if (picked) setItemFeedback(itemOf(input), item.right ? RIGHT : WRONG, item.feedback);
        else setItemFeedback(itemOf(input), WRONG, `You missed this one. ${item.feedback}`);
      }
    },
    showSolution() {
      for (const input of inputs) {
        const item = items[indexOf(input)];
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
