// The drill panel, loaded only on "Start the drill" (view.ts imports it): each
// turn's line (heard on request with the device's voices), the learner's reply
// recorded (or said aloud against a timer where recording is not possible, with
// the reason), played back, then "Finish the drill" reports the seconds spoken.
// Recordings stay in memory; nothing is sent anywhere.
import type { ViewContext } from '../../browser/view';
import type { QuizDataByKind } from '../../page-text';
import type { Said } from './view';
import { canRecord, reasonFor, startRecording, type NoRecordReason, type Recorder } from './recorder';
import { makeSpeaker, RATES } from './speaker';

// Why the drill times the learner instead of recording: each reason is the middle of one sentence (sayWhy).
const WHY: Record<NoRecordReason | 'package', string> = {
  refused: 'the microphone was refused',
  absent: 'no microphone was found',
  unsupported: 'this browser cannot record',
  package: "inside your company's training system (SCORM/cmi5 package) the page may not use the microphone",
};
const sayWhy = (reason: NoRecordReason | 'package') => `Say it aloud, then tick the list: ${WHY[reason]}, so this drill times you instead of recording.`;

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

// A packaged course runs framed by the learning system; the page then keeps off the microphone.
const inPackage = () => window.top !== window.self;

export function openDrill(question: QuizDataByKind['speak'], panel: HTMLElement, ctx: ViewContext, done: (said: Said) => void): void {
  const turns = [...ctx.root.querySelectorAll<HTMLLIElement>('[data-turns] [data-turn]')];
  const target = question.targetSeconds;
  const urls: string[] = [];
  const lengths: number[] = [];
  let index = 0;
  let reason: NoRecordReason | 'package' | null = inPackage() ? 'package' : canRecord() ? null : 'unsupported';

  panel.replaceChildren();
  panel.append(
    el(
      'p',
      "Nothing you say leaves this device: your recordings stay in this page's memory until you delete them or leave the page, and no transcript is made.",
    ),
  );

  const speaker = makeSpeaker();
  let voice: HTMLSelectElement | null = null;
  let speed: HTMLSelectElement | null = null;
  if (speaker) {
    const pick = (label: string, options: string[], chosen: number) => {
      const id = `${question.id}-${label.toLowerCase()}`;
      const select = el('select', '', { id });
      options.forEach((o, i) => select.append(Object.assign(el('option', o), { selected: i === chosen })));
      const wrap = el('p');
      wrap.append(el('label', label, { for: id }), ' ', select);
      panel.append(wrap);
      return select;
    };
    voice = pick(
      'Voice',
      speaker.voices.map((v) => `${v.name} (${v.lang})`),
      0,
    );
    speed = pick(
      'Speed',
      RATES.map((r) => r.label),
      1,
    );
  }

  const step = el('p');
  const hear = el('button', 'Hear the line', { type: 'button', class: 'button' });
  const why = el('p', reason ? sayWhy(reason) : '');
  why.hidden = !reason;
  const action = el('button', '', { type: 'button', class: 'button button-primary' });
  const timer = el('p', '', { role: 'timer' });
  const status = el('p', '', { role: 'status' });
  const replies = el('div');
  const next = el('button', '', { type: 'button', class: 'button' });
  const forget = el('button', 'Delete my recordings', { type: 'button', class: 'button' });
  next.hidden = true;
  forget.hidden = true;
  panel.append(step, why, action, timer, status, replies, next, forget);
  if (speaker) step.after(hear);

  let recorder: Recorder | null = null;
  let ticking: ReturnType<typeof setInterval> | undefined;
  let began = 0;

  const showTimer = (s: number) => {
    timer.textContent = `${clock(s)} of about ${clock(target)}${s > target ? ' (over the target)' : ''}`;
  };
  const startClock = () => {
    began = performance.now();
    showTimer(0);
    ticking = setInterval(() => showTimer((performance.now() - began) / 1000), 1000);
  };
  const stopClock = () => clearInterval(ticking);

  const showTurn = () => {
    turns.forEach((t, i) => (i === index ? t.setAttribute('aria-current', 'step') : t.removeAttribute('aria-current')));
    step.textContent = `Line ${index + 1} of ${turns.length}`;
    action.textContent = reason ? 'Start the timer' : 'Record my reply';
    action.hidden = false;
    next.hidden = true;
    showTimer(0);
  };

  const replied = (seconds: number) => {
    lengths[index] = seconds;
    action.hidden = true;
    next.textContent = index < turns.length - 1 ? 'Next line' : 'Finish the drill';
    next.hidden = false;
  };

  const fallBack = (cause: NoRecordReason) => {
    reason = cause;
    why.textContent = sayWhy(cause);
    why.hidden = false;
    action.textContent = 'Start the timer';
    status.textContent = why.textContent;
  };

  hear.addEventListener('click', () => {
    const line = turns[index]?.querySelector('[data-line]')?.textContent ?? '';
    const rate = RATES[speed?.selectedIndex ?? 1]?.rate ?? 1;
    speaker?.speak(line, speaker.voices[voice?.selectedIndex ?? 0]?.name ?? '', rate);
  });

  action.addEventListener('click', async () => {
    if (reason) {
      if (action.textContent === 'Start the timer') {
        action.textContent = 'Stop the timer';
        status.textContent = 'Timer running. Say your reply aloud.';
        startClock();
      } else {
        stopClock();
        const seconds = Math.round((performance.now() - began) / 100) / 10;
        showTimer(seconds);
        status.textContent = `Timed ${seconds} seconds.`;
        replied(seconds);
        next.focus();
      }
      return;
    }
    if (recorder) {
      recorder.stop();
      return;
    }
    action.disabled = true;
    try {
      recorder = await startRecording();
    } catch (error) {
      action.disabled = false;
      fallBack(reasonFor(error));
      return;
    }
    action.disabled = false;
    action.textContent = 'Stop recording';
    status.textContent = 'Recording.';
    startClock();
    let recording;
    try {
      recording = await recorder.done;
    } catch {
      fallBack('unsupported');
      return;
    } finally {
      stopClock();
      recorder = null;
    }
    const { blob, seconds } = recording;
    showTimer(seconds);
    status.textContent = `Recorded ${seconds} seconds.`;
    const url = URL.createObjectURL(blob);
    urls.push(url);
    const audio = el('audio', '', { controls: '', src: url, 'aria-label': `Your reply ${index + 1}` });
    const length = el('p', `Your reply: ${seconds} seconds`);
    replies.append(audio, length);
    forget.hidden = false;
    replied(seconds);
    audio.focus();
  });

  next.addEventListener('click', () => {
    speaker?.cancel();
    if (index < turns.length - 1) {
      index += 1;
      showTurn();
      action.focus();
      return;
    }
    const seconds = Math.round(lengths.reduce((a, b) => a + b, 0) * 10) / 10;
    const count = lengths.length;
    next.hidden = true;
    status.textContent = `Done: ${count} ${count === 1 ? 'reply' : 'replies'}, ${seconds} seconds in all. Now tick what you did, then Check.`;
    done({ seconds, mode: reason ? 'aloud' : 'recorded' });
  });

  forget.addEventListener('click', () => {
    urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
    replies.replaceChildren();
    forget.hidden = true;
    status.textContent = 'Your recordings are deleted.';
  });

  panel.hidden = false;
  showTurn();
  action.focus();
}
