// The browser half of a speaking drill, small on purpose (it loads with the
// page's questions): it shows Start and the rubric, and keeps what the drill
// reports (seconds spoken, recorded or said aloud). The drill itself (voices,
// recorder or timer, playback, transcript) loads only on Start: drill.ts.
import type { ViewFactory } from '../../browser/view';
import type { SpeakResponse } from './response';

export type Said = Pick<SpeakResponse, 'seconds' | 'mode'>;

export const view: ViewFactory<'speak'> = (question, ctx) => {
  const start = ctx.root.querySelector<HTMLButtonElement>('[data-drill-start]')!;
  const panel = ctx.root.querySelector<HTMLElement>('[data-drill]')!;
  const rubric = ctx.root.querySelector<HTMLElement>('[data-rubric]')!;
  const model = ctx.root.querySelector<HTMLElement>('[data-model]')!;
  const boxes = [...rubric.querySelectorAll<HTMLInputElement>('input')];
  let said: Said = { seconds: 0, mode: 'aloud' };

  // The model call is the one in the <details> answer, shown here after an attempt.
  const showModel = () => {
    const call = ctx.root.querySelector('[data-answer] [data-model-call]');
    if (!model.firstChild && call) model.append(call.cloneNode(true));
    model.hidden = false;
  };

  start.hidden = false;
  rubric.hidden = false;
  start.addEventListener('click', () => {
    start.disabled = true;
    import('./drill')
      .then(({ openDrill }) => {
        start.hidden = true;
        openDrill(question, panel, ctx, (result) => {
          said = result;
          showModel();
        });
      })
      .catch(() => {
        start.disabled = false;
        ctx.announce('The drill could not load. Check your connection, then press Start again.');
      });
  });

  return {
    read: () => ({ ticked: boxes.filter((b) => b.checked).map((b) => b.value), ...said }),
    lock: (locked) => boxes.forEach((b) => (b.disabled = locked)),
    showResult: showModel,
    showSolution: showModel,
    reset() {
      boxes.forEach((b) => (b.checked = false));
    },
    focusFirst: () => (start.hidden ? boxes[0] : start)?.focus(),
  };
};
