// The quiz styles a page with a quiz carries inline (BaseLayout.astro): the
// buttons, the styles of the question kinds it shows and the rules every
// question shares, in the order quiz.css gives them. A lesson shows two or
// three of the kinds, so it leaves the others' rules out (connect-first:
// order and rewrite, about 1.2 KB raw). A kind's styles are found by its
// folder (src/quiz/kinds/<kind>/<kind>.css), so a new kind needs no line here.
import buttons from './buttons.css?inline';
import shared from './quiz-base.css?inline';

const kindFiles = import.meta.glob<string>('../quiz/kinds/*/*.css', { query: '?inline', import: 'default', eager: true });

/** Each kind's styles, by kind (the folder's name, as Question.astro writes it in data-kind). */
export const KIND_STYLES: ReadonlyMap<string, string> = new Map(Object.entries(kindFiles).map(([path, css]) => [path.split('/').at(-2) ?? path, css]));

interface QuizStyleParts {
  buttons: string;
  kinds: ReadonlyMap<string, string>;
  shared: string;
}

/** The quiz styles for a page, from its rendered HTML (the parts are the real files but in tests). */
export function quizStylesFor(html: string, parts: QuizStyleParts = { buttons, kinds: KIND_STYLES, shared }): string {
  const shown = new Set(Array.from(html.matchAll(/<[^>]*\sdata-kind="([a-z-]+)"/g), (m) => m[1]));
  const own = [...parts.kinds].filter(([kind]) => shown.has(kind)).map(([, css]) => css);
  return [parts.buttons, ...own, parts.shared].join('');
}
