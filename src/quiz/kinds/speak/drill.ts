// The drill panel, loaded only on "Start the drill" (view.ts imports it): each
// turn's line (heard on request with the device's voices), the learner's reply
// recorded (or said aloud against a timer where recording is not possible, with
// the reason), played back with an on-device transcript where the browser can
// make one (replies.ts), then "Finish the drill" reports the seconds spoken.
// Nothing is sent anywhere.
import type { ViewContext } from '../../browser/view';
import type { QuizDataByKind } from '../../page-text';
import type { Said } from './view';
import { h } from '../../../utils/h';
import { canRecord, reasonFor, startRecording, type NoRecordReason, type Recorder } from './recorder';
import { makeReplies } from './replies';
import { makeSpeaker, RATES } from './speaker';
import { installSpeech, recognitionApi, speechSupport, startTranscript, WHY_NO_TRANSCRIPT, type Support, type Transcript } from './transcriber';

// Why the drill times the learner instead of recording: each reason is the middle of one sentence (sayWhy).
const WHY: Record<NoRecordReason | 'package', string> = {
  refused: 'the microphone was refused',
  absent: 'no microphone was found',
  unsupported: 'this browser cannot record',
  package: "inside your company's training system (SCORM/cmi5 package) the page may not use the microphone",
};
const sayWhy = (reason: NoRecordReason | 'package') => `Say it aloud, then tick the list: ${WHY[reason]}, so this drill times you instead of recording.`;

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

// The SCORM and cmi5 builds mark every page (src/scorm/ScormBridge.astro); there the page keeps off the microphone.
const inPackage = () => document.querySelector('meta[name="warm-open-package"]') !== null;

export function openDrill(question: QuizDataByKind['speak'], panel: HTMLElement, ctx: ViewContext, done: (said: Said) => void): void {
  const turns = [...ctx.root.querySelectorAll<HTMLLIElement>('[data-turns] [data-turn]')];
  const target = question.targetSeconds;
  const lengths: number[] = [];
  let index = 0;
  let reason: NoRecordReason | 'package' | null = inPackage() ? 'package' : canRecord() ? null : 'unsupported';

  panel.replaceChildren();
  panel.append(
    h(
      'p',
      {},
      "Nothing you say leaves this device. Your recordings stay in this page's memory until you delete them or leave the page, unless you choose to keep them in this browser; any transcript is made on this device.",
    ),
  );

  // The learning system's sound setting (cmi5, marked by src/scorm/bridge.ts): off, and no line is read aloud.
  const soundOff = document.documentElement.dataset['sound'] === 'off';
  if (soundOff) panel.append(h('p', {}, 'Your learning system has sound turned off for you, so the drill does not read the lines aloud: read each one above.'));
  const speaker = soundOff ? null : makeSpeaker();
  let voice: HTMLSelectElement | null = null;
  let speed: HTMLSelectElement | null = null;
  if (speaker) {
    const pick = (label: string, options: string[], chosen: number) => {
      const id = `${question.id}-${label.toLowerCase()}`;
      const select = h('select', { id });
      options.forEach((o, i) => select.append(Object.assign(h('option', {}, o), { selected: i === chosen })));
      const wrap = h('p');
      wrap.append(h('label', { for: id }, label), ' ', select);
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

  const step = h('p');
  const hear = h('button', { type: 'button', class: 'button' }, 'Hear the line');
  const why = h('p', {}, reason ? sayWhy(reason) : '');
  why.hidden = !reason;
  const action = h('button', { type: 'button', class: 'button button-primary' });
  const timer = h('p', { role: 'timer' });
  const status = h('p', { role: 'status' });
  const transcribing = h('p');
  const replies = makeReplies(question, (words) => (status.textContent = words));
  const next = h('button', { type: 'button', class: 'button' });
  next.hidden = true;
  panel.append(step, why, transcribing, action, timer, status, replies.list, next, replies.tools);
  if (speaker) step.after(hear);

  // Transcripts only where the browser makes them on this device; the reason otherwise, and where
  // English can be installed for it, a button that asks the browser to.
  let support: Support | undefined; // unknown until the browser answers
  const install = h('button', { type: 'button', class: 'button' }, 'Install English speech recognition on this device');
  transcribing.after(install);
  // Both follow from whether the drill records (reason) and what the browser said (support).
  const showTranscribing = () => {
    transcribing.textContent =
      support === 'available'
        ? 'Each reply gets a transcript, made on this device, with your pace and filler words.'
        : support
          ? `No transcript: ${WHY_NO_TRANSCRIPT[support]}. The drill works the same without one.`
          : '';
    transcribing.hidden = !!reason || !support;
    install.hidden = !!reason || support !== 'downloadable';
  };
  const learn = (state: Support) => {
    support = state;
    showTranscribing();
  };
  showTranscribing();
  void speechSupport().then(learn);
  install.addEventListener('click', async () => {
    install.disabled = true;
    status.textContent = 'Asking the browser to install English speech recognition…';
    const installed = await installSpeech();
    install.disabled = false;
    learn(installed ? await speechSupport() : 'downloadable');
    // Installed but not yet usable (still downloading) says so through the transcript line's reason.
    status.textContent =
      support === 'available'
        ? 'Installed: your next reply gets a transcript.'
        : installed
          ? transcribing.textContent
          : 'The browser did not install it; the drill works the same without a transcript.';
  });

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
    showTranscribing();
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
    const api = recognitionApi();
    const transcript: Transcript | null = support === 'available' && api && recorder.track ? startTranscript(recorder.track, api) : null;
    let recording;
    try {
      recording = await recorder.done;
    } catch {
      void transcript?.stop();
      fallBack('unsupported');
      return;
    } finally {
      stopClock();
      recorder = null;
    }
    const { blob, seconds } = recording;
    showTimer(seconds);
    status.textContent = `Recorded ${seconds} seconds.`;
    const audio = replies.add(index, { blob, seconds }, transcript?.stop() ?? null);
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
    timer.hidden = true;
    status.textContent = `Done: ${count} ${count === 1 ? 'reply' : 'replies'}, ${seconds} seconds in all. Now tick what you did, then Check.`;
    done({ seconds, mode: reason ? 'aloud' : 'recorded' });
  });

  panel.hidden = false;
  showTurn();
  action.focus();
}
