/**
 * Each kind's scorer, in a file of its own so the browser's question element
 * can import it without Zod (index.ts, the registry, re-exports it). Every
 * quiz page carries all seven scorers (about 1.4 KB brotli together) rather than
 * one per lazily loaded view: split per view, they and their shared helpers
 * became five more small requests and cost a lesson about 1.4 KB more over the
 * wire (28,700 B against 27,359 B for /openers/connect-first/, 15 requests).
 */
import type { QuestionKind } from '../schema';
import type { Scorer } from '../engine/score';
import { scoreChoice } from './choice/score';
import { scoreClassify } from './classify/score';
import { scoreDialogue } from './dialogue/score';
import { scoreOrder } from './order/score';
import { scoreRewrite } from './rewrite/score';
import { scoreSpeak } from './speak/score';
import { scoreSpotTheMistake } from './spot-the-mistake/score';

export const scorers: { [K in QuestionKind]: Scorer<K> } = {
  choice: scoreChoice,
  'spot-the-mistake': scoreSpotTheMistake,
  order: scoreOrder,
  classify: scoreClassify,
  dialogue: scoreDialogue,
  rewrite: scoreRewrite,
  speak: scoreSpeak,
};
