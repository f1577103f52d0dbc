// What a reply's transcript says about how it was said: pace, filler words,
// and the rewrite kind's hints run on the words spoken. Pure, so it is tested
// on any text (tests/unit/quiz/kinds/speak/speech-stats.test.ts).
//
// Spoken text differs from typed text in two ways that matter here:
// - Recognisers often leave out punctuation. The hints that count questions
//   read the question marks, so without any punctuation they are left out
//   (and `punctuated` says so), rather than report "no question" for every reply.
// - Only the first reply opens the call or the message. Later replies answer
//   the other party, so they get only the hints about what was asked or
//   offered (big ask, advert, meeting request), never "open with a greeting".
import { rewriteHints, words as wordsOf, WORDS_PER_MINUTE, type RewriteHint } from '../rewrite/hints';
import type { SpeakQuestion } from './schema';

export interface ReplyStats {
  words: number;
  /** Words a minute over the reply's recorded length; 0 when it lasted under a second. */
  wordsPerMinute: number;
  /** Each filler heard, with how often, most frequent first. */
  fillers: { filler: string; count: number }[];
  /** False when the transcript has no sentence punctuation, so questions were not counted. */
  punctuated: boolean;
  hints: RewriteHint[];
}

// Sounds and stock phrases that fill a pause. "Like" and "kind of" are left out:
// "I'd like to" and "what kind of" are too common to count as filler.
const FILLERS = ['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'ah', 'hmm', 'you know', 'i mean', 'sort of', 'basically', 'literally'];
const FILLER = new RegExp(`(?<![\\p{L}'’])(${FILLERS.map((f) => f.replace(' ', '\\s+')).join('|')})(?![\\p{L}'’])`, 'giu');

// Hints that read question marks, and the ones that apply to any reply, not only the first.
const NEEDS_PUNCTUATION = new Set(['no-question', 'many-questions', 'opens-with-question']);
const ANY_REPLY = new Set(['big-ask', 'brochure', 'meeting-request']);

export function replyStats(
  transcript: string,
  seconds: number,
  { target, targetSeconds, first }: Pick<SpeakQuestion, 'target' | 'targetSeconds'> & { first: boolean },
): ReplyStats {
  const text = transcript.trim();
  const words = wordsOf(text).length;
  const wordsPerMinute = seconds >= 1 ? Math.round((words * 60) / seconds) : 0;

  const counts = new Map<string, number>();
  for (const [match] of text.matchAll(FILLER)) {
    const filler = match.toLowerCase().replace(/\s+/g, ' ');
    counts.set(filler, (counts.get(filler) ?? 0) + 1);
  }
  const fillers = [...counts].map(([filler, count]) => ({ filler, count })).sort((a, b) => b.count - a.count);

  const punctuated = /[.!?…]/.test(text);
  // The rewrite hints estimate length from the words; a spoken reply has its real length, checked below.
  const hints = rewriteHints(text, { target, maxSeconds: Number.POSITIVE_INFINITY }).filter(
    (h) => (first || ANY_REPLY.has(h.id)) && (punctuated || !NEEDS_PUNCTUATION.has(h.id)),
  );
  if (seconds > targetSeconds)
    hints.push({ id: 'too-long', message: `This reply took ${Math.round(seconds)} seconds to say; aim for about ${targetSeconds}.` });
  return { words, wordsPerMinute, fillers, punctuated, hints };
}

/** One line for the learner: "132 words a minute (an unhurried phone pace is about 150); fillers: um (2)." */
export function statsLine({ words, wordsPerMinute, fillers }: ReplyStats): string {
  if (words === 0) return 'No words were recognised in this reply.';
  const pace = wordsPerMinute ? `${wordsPerMinute} words a minute (an unhurried phone pace is about ${WORDS_PER_MINUTE})` : `${words} words`;
  const filled = fillers.length ? `fillers: ${fillers.map((f) => `${f.filler} (${f.count})`).join(', ')}` : 'no filler words';
  return `${pace}; ${filled}.`;
}
