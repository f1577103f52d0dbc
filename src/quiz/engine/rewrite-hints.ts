/**
 * Plain-text hints for a rewrite answer, shown before the learner ticks the
 * rubric. They are rough checks on the words, not a marker: each one points at
 * a habit the course teaches (courtesy first, one quick question, keep it short,
 * leave a number) and the learner decides what to change.
 */
import type { RewriteQuestion } from '../schema';

export type RewriteHintId = 'no-greeting' | 'no-question' | 'many-questions' | 'opens-with-question' | 'too-long' | 'no-name-number';

export interface RewriteHint {
  id: RewriteHintId;
  /** One friendly, specific sentence. */
  message: string;
}

/** Speaking pace used for the time estimate: an unhurried phone voice. */
export const WORDS_PER_MINUTE = 150;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Roughly how many seconds the text takes to say aloud. */
export const estimateSeconds = (text: string): number => (words(text).length / WORDS_PER_MINUTE) * 60;

// "Near the start": the greeting may follow a name ("Sam, hi, it's Dana"), so look at the first few words.
const GREETING = /\b(hi|hello|hey|good (morning|afternoon|evening)|this is)\b/i;
// Seven or more digits, allowing the spaces, dots, dashes and brackets people write numbers with.
const PHONE_NUMBER = /\d(?:[\s().-]*\d){6,}/;
// "How's your day going?" is the connect step, not a qualifying question: it doesn't count as the one question.
const CHECK_IN = /\bhow(?:'s|’s| is| are| has| have)\b.*\b(day|week|morning|afternoon|evening|you|things|it going)\b/i;

export function rewriteHints(text: string, { target, maxSeconds }: Pick<RewriteQuestion, 'target' | 'maxSeconds'>): RewriteHint[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const hints: RewriteHint[] = [];
  const asked = trimmed.match(/[^.!?]*\?/g) ?? [];
  const questions = asked.length;
  const qualifying = asked.filter((q) => !CHECK_IN.test(q)).length;
  const firstSentence = /^[^.!?]*[.!?]?/.exec(trimmed)?.[0] ?? '';

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
    hints.push({ id: 'many-questions', message: `You ask ${qualifying} questions beyond the friendly check-in; keep to one quick question that fits how they sound.` });
  if (firstSentence.endsWith('?'))
    hints.push({ id: 'opens-with-question', message: 'Your first sentence is a question; connect and say why you are calling before you ask.' });
  const seconds = estimateSeconds(trimmed);
  if (seconds > maxSeconds)
    hints.push({ id: 'too-long', message: `This takes about ${Math.ceil(seconds)} seconds to say; aim for ${maxSeconds} seconds or less.` });
  if (target === 'voicemail' && !PHONE_NUMBER.test(trimmed))
    hints.push({ id: 'no-name-number', message: 'Leave your name and a number to call back on, said slowly.' });
  return hints;
}
