// THROWAWAY stand-in to exercise the e2e spec; never committed.
import type { ViewContext } from '../../browser/view';
import type { QuizDataByKind } from '../../page-text';
import type { Said } from './view';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => Object.assign(document.createElement(tag), { textContent: text });
const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export function openDrill(question: QuizDataByKind['speak'], panel: HTMLElement, ctx: ViewContext, done: (said: Said) => void): void {
  panel.hidden = false;
  const items = [...ctx.root.querySelectorAll<HTMLLIElement>('[data-turns] li')];
  const inScorm = location.pathname.includes('/lms/');
  let mode: Said['mode'] = inScorm ? 'aloud' : 'recorded';
  const privacy = el('p', 'Nothing you say leaves this device: no transcript in this test stand-in.');
  const why = el('p', inScorm ? 'Say it aloud: inside your company\'s training system (SCORM/cmi5 package) the page may not use the microphone.' : '');
  const step = el('p');
  const timer = el('p'); timer.setAttribute('role', 'timer');
  const status = el('p'); status.setAttribute('role', 'status');
  const main = el('button'); main.type = 'button';
  const after = el('div');
  const next = el('button'); next.type = 'button';
  panel.append(privacy, why, step, main, timer, status, after, next);
  let turn = 0, total = 0, started = 0, tick = 0, rec: MediaRecorder | null = null, chunks: Blob[] = [];
  const idle = () => { main.textContent = mode === 'recorded' ? 'Record my reply' : 'Start the timer'; };
  const show = () => {
    items.forEach((li, i) => (i === turn ? li.setAttribute('aria-current', 'step') : li.removeAttribute('aria-current')));
    step.textContent = `Line ${turn + 1} of ${items.length}`; idle(); next.hidden = true; main.hidden = false;
  };
  const stopped = (secs: number) => {
    total += secs; clearInterval(tick); main.hidden = true; next.hidden = false;
    next.textContent = turn < items.length - 1 ? 'Next line' : 'Finish the drill';
  };
  main.addEventListener('click', async () => {
    if (main.textContent === 'Start the timer') { started = performance.now(); main.textContent = 'Stop the timer'; tick = window.setInterval(() => (timer.textContent = `${fmt((performance.now() - started) / 1000)} of about ${fmt(question.targetSeconds)}`), 200); return; }
    if (main.textContent === 'Stop the timer') return stopped((performance.now() - started) / 1000);
    if (main.textContent === 'Record my reply') {
      try {
        const s = await navigator.mediaDevices.getUserMedia({ audio: true });
        rec = new MediaRecorder(s); chunks = []; rec.ondataavailable = (e) => chunks.push(e.data);
        rec.onstop = () => {
          const secs = Math.round((performance.now() - started) / 100) / 10;
          const a = document.createElement('audio'); a.controls = true; a.setAttribute('aria-label', `Your reply ${turn + 1}`);
          a.src = URL.createObjectURL(new Blob(chunks, { type: rec!.mimeType }));
          after.append(a, el('p', `Your reply: ${secs} seconds`));
          if (!after.querySelector('button')) after.append(el('button', 'Keep my recordings on this device'), el('button', 'Delete my recordings'));
          status.textContent = `Recorded ${secs} seconds.`; s.getTracks().forEach((t) => t.stop()); stopped(secs);
        };
        rec.start(); started = performance.now(); status.textContent = 'Recording.'; main.textContent = 'Stop recording';
        tick = window.setInterval(() => (timer.textContent = `${fmt((performance.now() - started) / 1000)} of about ${fmt(question.targetSeconds)}`), 200);
      } catch { mode = 'aloud'; why.textContent = 'Say it aloud, then tick the rubric: the microphone was refused.'; idle(); }
      return;
    }
    rec?.stop();
  });
  next.addEventListener('click', () => {
    if (turn < items.length - 1) { turn++; return show(); }
    next.hidden = true; step.textContent = `Done: ${items.length} replies, ${total.toFixed(1)} seconds in all. Now tick what you did, then Check.`;
    done({ seconds: total, mode });
  });
  show();
}
