/**
 * Plain-text hints for a rewrite answer, shown before the learner ticks the
 * rubric. They are rough checks on the words, not a marker: each one points at
 * a habit the course teaches (courtesy first, one quick question, no big ask,
 * keep it short, a voicemail that asks for help rather than sells, leave a
 * number) and the learner decides what to change. The articles' own scripts
 * are the test: their good opener and voicemail get no hint, the mistake
 * opener gets the big-ask one (tests/unit/quiz/kinds/rewrite/hints-articles.test.ts).
 */
import type { RewriteQuestion } from './schema';

export type RewriteHintId =
  'no-greeting' | 'no-question' | 'many-questions' | 'opens-with-question' | 'big-ask' | 'brochure' | 'meeting-request' | 'too-long' | 'no-name-number';

export interface RewriteHint {
  id: RewriteHintId;
  /** One friendly, specific sentence. */
  message: string;
}

/** Speaking pace used for the time estimate: an unhurried phone voice. */
export const WORDS_PER_MINUTE = 150;

/** The words of a text: runs between spaces that hold a letter or a digit. */
export const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Roughly how many seconds the text takes to say aloud. */
export const estimateSeconds = (text: string): number => (words(text).length / WORDS_PER_MINUTE) * 60;

// "Near the start": the greeting may follow a name ("Sam, hi, it's Dana"), so look at the first few words.
const GREETING = /\b(hi|hello|hey|good (morning|afternoon|evening)|this is)\b/i;
// Seven or more digits, allowing the spaces, dots, dashes and brackets people write numbers with.
const PHONE_NUMBER = /\d(?:[\s().-]*\d){6,}/;
// "How's your day going?" is the connect step, not a qualifying question: it doesn't count as the one question.
const CHECK_IN = /\bhow(?:'s|’s| is| are| has| have)\b.*\b(day|week|morning|afternoon|evening|you|things|it going)\b/i;
// Asking for help is the voicemail lesson's opening move, so a greeting plus this is a fine first sentence too.
const HELP_ASK = /\b(?:(?:could|can|would|will) you(?: possibly| maybe)? help|help me out)\b/i;
// Questions that make a stranger stop and think hard for the caller: the mistake opener's "magic wand" and its kin.
const BIG_ASK =
  /\b(magic wand|biggest (?:challenges?|problems?|pain)|walk me through|if you could (?:change|fix|wave|rebuild)|what (?:two|three|2|3) things|keeps you up at night|tell me (?:all )?about your)\b/i;
// Selling words in a voicemail: it should name the problem you solve and ask for help, not advertise.
const BROCHURE =
  /\b(brochure|catalogue|catalog|special offer|discount|free trial|leading provider|award[- ]winning|best[- ]in[- ]class|world[- ]class|our (?:products|services|solutions) (?:include|are)|\d+% off)\b/i;
// A voicemail asking for a meeting asks a stranger for their time before they know why.
const MEETING =
  /\b((?:set up|book|schedule|arrange|grab) (?:a |some )?(?:time|meeting|call|demo|appointment)|(?:\d+|fifteen|ten|twenty|thirty) minutes of your time|meet with you)\b/i;
// Sentences end at . ! ? and at an ellipsis, which people write for a trailing-off pause.
const SENTENCE_END = /[.!?…]/;

export function rewriteHints(text: string, { target, maxSeconds }: Pick<RewriteQuestion, 'target' | 'maxSeconds'>): RewriteHint[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const hints: RewriteHint[] = [];
  const asked = trimmed.match(/[^.!?…]*\?/g) ?? [];
  const questions = asked.length;
  const qualifying = asked.filter((q) => !CHECK_IN.test(q)).length;
  const firstSentence = trimmed.slice(0, trimmed.search(SENTENCE_END) + 1 || undefined);
  const friendlyFirst = GREETING.test(firstSentence) && (CHECK_IN.test(firstSentence) || HELP_ASK.test(firstSentence));
  const bigAsk = asked.find((q) => BIG_ASK.test(q));

  if (!GREETING.test(words(trimmed).slice(0, 6).join(' ')))
    hints.push({ id: 'no-greeting', message: 'Open with a greeting and your name, as you would face to face: “Hi Sam, this is Dana”.' });
  if (questions === 0)
    hints.push({
      id: 'no-question',
      message:
        target === 'opener'
          ? 'Add one short question, so they have a chance to answer.'
          : 'Ask for their help with one clear question, so they have a reason to call back.',
    });
  if (target === 'opener' && qualifying > 1)
    hints.push({
      id: 'many-questions',
      message: `You ask ${qualifying} questions beyond the friendly check-in; keep to one quick question that fits how they sound.`,
    });
  if (firstSentence.endsWith('?') && !friendlyFirst)
    hints.push({ id: 'opens-with-question', message: 'Your first sentence is a question; connect and say why you are calling before you ask.' });
  if (bigAsk !== undefined)
    hints.push({
      id: 'big-ask',
      message: `“${bigAsk.replace(/\s+/g, ' ').trim()}” asks a stranger to stop and think hard for you; ask one quick question they can answer straight away.`,
    });
  if (target === 'voicemail' && BROCHURE.test(trimmed))
    hints.push({ id: 'brochure', message: 'This sounds like an advert; name the problem you solve and ask for their help instead.' });
  if (target === 'voicemail' && MEETING.test(trimmed))
    hints.push({ id: 'meeting-request', message: 'Asking for a meeting asks a stranger for their time; ask for help finding the right person instead.' });
  const seconds = estimateSeconds(trimmed);
  if (seconds > maxSeconds)
    hints.push({ id: 'too-long', message: `This takes about ${Math.ceil(seconds)} seconds to say; aim for ${maxSeconds} seconds or less.` });
  if (target === 'voicemail' && !PHONE_NUMBER.test(trimmed))
    hints.push({ id: 'no-name-number', message: 'Leave your name and a number to call back on, said slowly.' });
  return hints;
}
