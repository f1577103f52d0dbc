// The articles' own scripts, checked with the settings of the course's own
// rewrite questions: the good opener and the good voicemail get no hint, the
// mistake opener gets the big-ask hint. The scripts are read from
// ../shared/source-articles at test time (see article-scripts.ts).
import { describe, expect, it } from 'vitest';
import { rewriteHints } from '../../../../../src/quiz/kinds/rewrite/hints';
import type { RewriteQuestion } from '../../../../../src/quiz/schema';
import { quizzes } from '../../../content/quiz-content';
import { missingReason, readArticleScripts } from './article-scripts';

const reason = missingReason();
if (reason) console.warn(`Skipping the article-script hint tests: ${reason}.`);

const rewrites = quizzes.flatMap((q) => q.questions).filter((q): q is RewriteQuestion => q.kind === 'rewrite');
/** The course's own setting for a target: its strictest time limit. */
const settingsFor = (target: RewriteQuestion['target']) => {
  const own = rewrites.filter((q) => q.target === target);
  if (own.length === 0) throw new Error(`no rewrite question in content/quizzes targets ${target}`);
  return { target, maxSeconds: Math.min(...own.map((q) => q.maxSeconds)) };
};
const ids = (text: string, target: RewriteQuestion['target']) => rewriteHints(text, settingsFor(target)).map((h) => h.id);

describe.skipIf(reason !== null)('rewrite hints on the articles’ own scripts', () => {
  const scripts = reason === null ? readArticleScripts() : { mistakeOpener: '', goodOpener: '', goodVoicemail: '' };

  it('give the good three-step opener no hint (a greeting and "how’s your day going?" is a fine first sentence)', () =>
    expect(ids(scripts.goodOpener, 'opener')).toEqual([]));

  it('give the good voicemail no hint (a greeting and "can you help me out?" is a fine first sentence)', () =>
    expect(ids(scripts.goodVoicemail, 'voicemail')).toEqual([]));

  it('tell the "magic wand" opener, and only that, that its question asks a stranger to do work', () => {
    expect(ids(scripts.mistakeOpener, 'opener')).toEqual(['big-ask']);
    expect(rewriteHints(scripts.mistakeOpener, settingsFor('opener'))[0]?.message).toMatch(
      /^“If you could wave a magic wand.*what would they be\?” asks a stranger/,
    );
  });

  it('read whole scripts, not a fragment: each runs to 40 words or more', () => {
    for (const text of Object.values(scripts)) expect(text.split(' ').length).toBeGreaterThanOrEqual(40);
  });
});
