// The browser half of a classify question. One radio group per line (its
// fieldset carries the item's id); the result names the right group in words.
import { RIGHT, WRONG, setItemFeedback, type ViewFactory } from '../../browser/view';

export const view: ViewFactory<'classify'> = (question, ctx) => {
  const fieldsets = [...ctx.root.querySelectorAll<HTMLFieldSetElement>('.classify-item')];
  const inputs = () => [...ctx.root.querySelectorAll<HTMLInputElement>('.classify-item input')];
  const itemOf = (f: HTMLElement) => question.items.find((item) => item.id === f.dataset['id'])!;
  const label = (id: string) => question.groups.find((g) => g.id === id)?.label ?? id;

  return {
    read: () => ({
      placed: fieldsets.flatMap((f) => {
        const group = f.querySelector<HTMLInputElement>('input:checked')?.value;
        return group === undefined ? [] : [{ item: f.dataset['id'] ?? '', group }];
      }),
    }),
    lock: (locked) => inputs().forEach((i) => (i.disabled = locked)),
    showResult({ placed }) {
      for (const f of fieldsets) {
        const item = itemOf(f);
        const right = placed.some((p) => p.item === item.id && p.group === item.group);
        setItemFeedback(f, right ? RIGHT : WRONG, `${right ? '' : `It belongs in “${label(item.group)}”. `}${item.feedback}`);
      }
    },
    showSolution() {
      for (const f of fieldsets) {
        const item = itemOf(f);
        f.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = i.value === item.group));
        setItemFeedback(f, RIGHT, `“${label(item.group)}”. ${item.feedback}`);
      }
    },
    reset() {
      inputs().forEach((i) => (i.checked = false));
      fieldsets.forEach((f) => setItemFeedback(f, null));
    },
    focusFirst: () => inputs()[0]?.focus(),
  };
};
