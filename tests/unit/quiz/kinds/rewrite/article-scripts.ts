// The source articles' own call scripts, read at test time from
// ../shared/source-articles (beside the clone, in CI as here) so that no
// sentence of theirs is copied into the project. Placeholders such as
// "{first & last name}" are filled with names, stage directions in [brackets]
// and markup are dropped, and "my number is..." gets a number.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const articlesDir = join(import.meta.dirname, '../../../../../../shared/source-articles');
const OPENER_ARTICLE = '000_46f17095bf1770a3.txt';
const VOICEMAIL_ARTICLE = '004_20ed094b9e442e39.txt';

export interface ArticleScripts {
  /** The rep's opener that prospects brushed off (the "magic wand" one). */
  mistakeOpener: string;
  /** The three-step opener the article suggests instead. */
  goodOpener: string;
  /** The voicemail the article gives as its last-resort example. */
  goodVoicemail: string;
}

/** Why the scripts cannot be read, or null when they can. */
export const missingReason = (): string | null =>
  [OPENER_ARTICLE, VOICEMAIL_ARTICLE].every((name) => existsSync(join(articlesDir, name)))
    ? null
    : `the source articles are not at ${articlesDir} (they sit beside the clone in CI)`;

/** The text between two markers, which must both be found. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`article text changed: cannot find "${from}" … "${to}"`);
  return text.slice(start + from.length, end);
}

const spoken = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[“”"]/g, ' ')
    .replace(/\{first & last name\}/g, 'Dana Reyes')
    .replace(/\{his company\}/g, 'Brightway')
    .replace(/\{first name\}/g, 'Sam')
    .replace(/my number is\.\.\./, 'my number is 555 0142.')
    .replace(/\s+/g, ' ')
    .trim();

export function readArticleScripts(): ArticleScripts {
  const opener = readFileSync(join(articlesDir, OPENER_ARTICLE), 'utf8');
  const voicemail = readFileSync(join(articlesDir, VOICEMAIL_ARTICLE), 'utf8');
  return {
    mistakeOpener: spoken(between(opener, 'his pitch went like this:', 'The responses')),
    goodOpener: spoken(between(opener, 'revise his opening to:', 'Note:')),
    goodVoicemail: spoken(between(voicemail, 'cold calling voicemail:', 'Try this way')),
  };
}
