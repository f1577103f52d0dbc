/**
 * What the search index holds, decided on the built HTML before Pagefind
 * reads it (src/integrations/pagefind.mjs). Pure string work on markup our own
 * components emit, so it is unit-tested without a build.
 *
 * - A page is indexed only if it marks `data-pagefind-body` (lessons, the
 *   glossary, the call card); its quiz sections are left out of it.
 * - Each quiz section becomes a record of its own, kind "Practice", whose
 *   title is the quiz heading and whose URL lands on that heading. Pagefind
 *   still honours the quiz components' `data-pagefind-ignore`, so a practice
 *   record carries the prompts and scenes, never options, answers or feedback.
 *   It is weighted 0.5: a short run of prompts would otherwise outrank the
 *   lesson it restates, and the lesson is where a rep wants to land.
 */

/** Built files never indexed, whatever they contain. */
export const NEVER_INDEXED = ['404.html', 'search/index.html', 'search/panel/index.html'];

const BODY_ATTRIBUTE = /\sdata-pagefind-body(?:=(?:"[^"]*"|'[^']*'))?(?=[\s/>])/g;
const TYPE_FILTER = /\sdata-pagefind-filter="type:[^"]*"/g;
const QUIZ_SECTION = /<section\b[^>]*\sdata-quiz-id="([^"]+)"[^>]*>/g;

// A <script> or <style> whose own tag has no Pagefind attribute, with its text.
const SCRIPT_OR_STYLE = /<(script|style)\b(?![^>]*\sdata-pagefind-)[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Elements whose text Pagefind drops wherever they are (1.6: it never indexes a
// template, nav, svg, footer, form, label, noscript or iframe).
const DROPPED_ELEMENT = /<(template|nav|svg|footer|form|label|noscript|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// What inside a dropped element still reaches the index: Pagefind attributes,
// and the first <h1> and <img> on the page, which become its title and image.
const STILL_READ = /data-pagefind-|<h1\b|<img\b/i;

/**
 * The page with only the markup Pagefind can read from it. Pagefind parses
 * every byte it is sent, and scripts, styles, the outline, icons and templates
 * were over half of a lesson page: sending them cost seconds at 1,000 lessons
 * and changed nothing in the index. So scripts and styles go (nothing inside
 * them is markup), and so does each element Pagefind drops, unless something
 * in it is still read. One that holds another of its kind is kept whole,
 * since the match would end at the inner one's end tag.
 */
export function withoutUnindexedMarkup(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, '').replace(DROPPED_ELEMENT, (element, tag: string) => {
    const nested = new RegExp(`<${tag}\\b`, 'i').test(element.slice(tag.length + 1));
    return nested || STILL_READ.test(element) ? element : '';
  });
}

export function hasSearchBody(html: string): boolean {
  return new RegExp(BODY_ATTRIBUTE.source).test(html);
}

/** The ids of the quizzes on a built page, in page order. */
export function quizIds(html: string): string[] {
  return [...html.matchAll(QUIZ_SECTION)].map((m) => m[1] ?? '').filter(Boolean);
}

/** The page as its own record: every quiz section is ignored (each gets a practice record). */
export function pageWithoutQuizzes(html: string): string {
  return html.replace(QUIZ_SECTION, (tag) => insertAttributes(tag, ' data-pagefind-ignore'));
}

export interface PracticeVariant {
  /** The page rewritten so that only this quiz section is indexed. */
  html: string;
  /** The id of the quiz's heading: the record's URL lands there. */
  anchor: string;
}

/**
 * One quiz as a record of its own: the page's body marker and kind filter
 * move onto the quiz section, and its heading becomes the record's title.
 * Module filters and metadata elsewhere on the page still apply (Pagefind
 * reads those anywhere), so practice keeps the lesson's module.
 */
export function practiceVariant(html: string, quizId: string): PracticeVariant {
  const stripped = html.replace(BODY_ATTRIBUTE, '').replace(TYPE_FILTER, '');
  const section = [...stripped.matchAll(QUIZ_SECTION)].find((m) => m[1] === quizId);
  if (!section || section.index === undefined) throw new Error(`No quiz section "${quizId}" on this page`);
  const sectionEnd = section.index + section[0].length;
  const heading = /<h[1-6]\b[^>]*>/.exec(stripped.slice(sectionEnd));
  const anchor = heading && /\sid="([^"]+)"/.exec(heading[0])?.[1];
  if (!heading || !anchor) throw new Error(`Quiz "${quizId}" has no heading with an id to land on`);

  const headingStart = sectionEnd + heading.index;
  return {
    anchor,
    html:
      stripped.slice(0, section.index) +
      insertAttributes(section[0], ' data-pagefind-body data-pagefind-weight="0.5" data-pagefind-filter="type:Practice"') +
      stripped.slice(sectionEnd, headingStart) +
      insertAttributes(heading[0], ' data-pagefind-meta="title"') +
      stripped.slice(headingStart + heading[0].length),
  };
}

/** "voicemail/press-zero/index.html" → "/voicemail/press-zero/" (site-relative, before any base). */
export function urlForFile(path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^\/+/, '');
  return '/' + clean.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
}

function insertAttributes(tag: string, attributes: string): string {
  const end = tag.endsWith('/>') ? -2 : -1;
  return tag.slice(0, end) + attributes + tag.slice(end);
}
