// @ts-check
// The floor for `npm run bench`: the plain HTML page a lesson could be at
// best, measured in the same Lighthouse runs as the course so every page
// type's paint times read as a ratio to it. It is made from the course's own
// content, the built lesson itself: the lesson's <article> (title, objectives,
// text, transcripts, sources) in a bare document, without its practice (the
// quiz sections), scripts, styles or the shared layout (header, outline,
// footer). It goes into the benchmark's temporary build, never into dist/.

/** Where the benchmark writes it, under the base. */
export const FLOOR_PATH = 'floor/';

/** The markup without each quiz section (<section class="quiz">, nested sections included). @param {string} markup */
function withoutQuizzes(markup) {
  const quiz = /<section\b[^>]*\bclass="quiz"[^>]*>/g;
  let out = '';
  let from = 0;
  for (let start = quiz.exec(markup); start; start = quiz.exec(markup)) {
    out += markup.slice(from, start.index);
    const tags = /<(\/?)section\b[^>]*>/g;
    tags.lastIndex = start.index;
    let depth = 0;
    from = markup.length;
    for (let tag = tags.exec(markup); tag; tag = tags.exec(markup)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        from = tags.lastIndex;
        break;
      }
    }
    quiz.lastIndex = from;
  }
  return out + markup.slice(from);
}

/**
 * The floor page for a built lesson page.
 * @param {string} html a lesson page as built
 * @returns {string} a complete HTML document
 */
export function floorPage(html) {
  const article = /<article\b[^>]*>[\s\S]*<\/article>/.exec(html)?.[0];
  if (!article) throw new Error('floor page: the lesson has no <article>');
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? 'Lesson';
  const text = withoutQuizzes(article).replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${text}</main></body></html>\n`;
}
