// One radio group per line; the result names the right group in words.
import { RIGHT, WRONG, setItemFeedback, type ViewFactory } from '../view';

export const classifyView: ViewFactory<'classify'> = (question, ctx) => {
  const fieldsets = [...ctx.root.querySelectorAll<HTMLFieldSetElement>('.classify-item')];
  const inputs = () => [...ctx.root.querySelectorAll<HTMLInputElement>('.classify-item input')];
  const indexOf = (f: HTMLElement) => Number(f.dataset['index']);
  const label = (id: string) => question.groups.find((g) => g.id === id)?.label ?? id;

  return {
    read() {
      const placed: (string | null)[] = question.items.map(() => null);
      for (const f of fieldsets) placed[indexOf(f)] = f.querySelector<HTMLInputElement>('input:checked')?.value ?? null;
      return { placed };
    },
    lock: (locked) => inputs().forEach((i) => (i.disabled = locked)),
    showResult({ placed }) {
      for (const f of fieldsets) {
        const item = question.items[indexOf(f)]!;
        const right = placed[indexOf(f)] === item.group;
        setItemFeedback(f, right ? RIGHT : WRONG, `${right ? '' : `It belongs in “${label(item.group)}”. `}${item.feedback}`);
      }
    },
    showSolution() {
      for (const f of fieldsets) {
        const item = question.items[indexOf(f)]!;
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
