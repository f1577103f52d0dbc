// The learner's recorded replies under the drill: each one played back with its
// length and, where a transcript was made on this device, what was said, the
// pace, filler words and the rewrite hints. "Keep my recordings on this device"
// stores this attempt's replies in IndexedDB (kept.ts), replacing what was kept
// before, and keeps each later reply too; kept replies come back the next time
// the drill opens. "Delete my recordings" removes them from the page and from
// the device. Storage blocked or full: a calm sentence, and the recordings
// stay in the page until it is left.
import type { QuizDataByKind } from '../../page-text';
import { h } from '../../../utils/h';
import { forgetReplies, keepReplies, keptReplies, type KeptReply } from './kept';
import { replyStats, statsLine } from './speech-stats';

export interface Replies {
  /** The players and notes; the panel puts its Next button between these and the Keep and Delete buttons. */
  list: HTMLElement;
  tools: HTMLElement;
  /** Adds a reply's player (returned, for focus) and, later, its transcript notes. */
  add(index: number, reply: KeptReply, transcript: Promise<string> | null): HTMLAudioElement;
}

const NOT_KEPT = 'This browser would not keep them (its storage is full or blocked); they stay on this page until you leave it.';

export function makeReplies(question: QuizDataByKind['speak'], say: (status: string) => void): Replies {
  const list = h('div');
  const tools = h('p');
  const keep = h('button', { type: 'button', class: 'button' }, 'Keep my recordings on this device');
  const forget = h('button', { type: 'button', class: 'button' }, 'Delete my recordings');
  keep.hidden = forget.hidden = true;
  tools.append(keep, ' ', forget);

  const urls: string[] = [];
  let current: KeptReply[] = [];
  let keeping = false;

  // "Your reply 1" names the player; "Your reply: 5.6 seconds" says how long it is.
  const player = (name: string, n: number, { blob, seconds }: KeptReply) => {
    const url = URL.createObjectURL(blob);
    urls.push(url);
    const audio = h('audio', { controls: '', src: url, 'aria-label': `${name} ${n}` });
    list.append(audio, h('p', {}, `${name}: ${seconds} seconds`));
    forget.hidden = false;
    return audio;
  };

  const store = () =>
    keepReplies(question.id, current).then(
      () => true,
      () => (say(NOT_KEPT), false),
    );

  keptReplies(question.id).then(
    (kept) => {
      if (!kept.length || current.length) return;
      list.prepend(h('p', {}, 'Kept on this device from an earlier attempt:'));
      kept.forEach((reply, i) => player('Kept reply', i + 1, reply));
    },
    () => {}, // Nothing readable is kept: the drill starts empty, as for a first visit.
  );

  keep.addEventListener('click', async () => {
    keep.disabled = true;
    if (await store()) {
      keeping = true;
      keep.hidden = true;
      say('Kept on this device, in place of any kept before. Delete my recordings removes them.');
    }
    keep.disabled = false;
  });

  forget.addEventListener('click', async () => {
    urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
    list.replaceChildren();
    current = [];
    keeping = false;
    keep.hidden = forget.hidden = true;
    try {
      await forgetReplies(question.id);
      say('Your recordings are deleted.');
    } catch {
      say('Your recordings are gone from this page, but this browser would not let the drill clear its storage; try again later.');
    }
  });

  return {
    list,
    tools,
    add(index, reply, transcript) {
      current[index] = reply;
      const audio = player('Your reply', index + 1, reply);
      keep.hidden = keeping;
      if (keeping) void store();
      if (transcript) {
        const notes = h('div', { class: 'speak-notes' });
        notes.append(h('p', {}, 'Making the transcript on this device…'));
        list.append(notes);
        void transcript.then((words) => notes.replaceChildren(...describe(words, reply.seconds, index === 0)));
      }
      return audio;
    },
  };

  function describe(words: string, seconds: number, first: boolean): HTMLElement[] {
    if (!words) return [h('p', {}, 'No words were recognised in this reply.')];
    const stats = replyStats(words, seconds, { target: question.target, targetSeconds: question.targetSeconds, first });
    const parts: HTMLElement[] = [h('p', {}, `What the transcript heard: “${words}”`), h('p', {}, statsLine(stats))];
    if (!stats.punctuated) parts.push(h('p', {}, 'The transcript has no punctuation, so your questions were not counted.'));
    if (stats.hints.length) {
      const hints = h('ul');
      stats.hints.forEach((hint) => hints.append(h('li', {}, hint.message)));
      parts.push(hints);
    }
    return parts;
  }
}
