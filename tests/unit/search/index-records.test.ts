// The indexing rules on markup shaped like our components' output, then once
// through Pagefind itself: practice records hold prompts, never answers.
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSearchBody, pageWithoutQuizzes, practiceVariant, quizIds, urlForFile, withoutUnindexedMarkup } from '../../../src/search/index-records';

const quiz = (id: string, prompt: string) => `
  <section class="quiz" aria-labelledby="quiz-${id}" data-quiz-id="${id}">
    <h3 id="quiz-${id}" class="quiz-title">Practice: ${id}</h3>
    <ol class="quiz-questions"><li>
      <course-question data-question="{&quot;explanation&quot;:&quot;SECRET-EXPLANATION&quot;}">
        <p class="question-prompt"><span class="question-number" data-pagefind-ignore>Question 1.</span> ${prompt}</p>
        <p class="question-scene">The scene is a quiet office.</p>
        <div class="options" data-pagefind-ignore role="radiogroup"><label><input type="radio"><span>SECRET-OPTION</span></label><p data-item-feedback hidden>SECRET-FEEDBACK</p></div>
        <details class="answer" data-pagefind-ignore data-answer><summary>Show the answer</summary>SECRET-ANSWER</details>
      </course-question>
    </li></ol>
  </section>`;

const lesson = `<!doctype html><html lang="en"><head><title>Press 0</title></head><body>
  <nav>Outline</nav>
  <main><article class="lesson" data-pagefind-body data-lesson-key="x">
    <header><h1>Press 0 and ask for help</h1>
      <span hidden data-pagefind-meta="module:Voicemail"></span>
      <span hidden data-pagefind-filter="module:Voicemail"></span>
      <span hidden data-pagefind-filter="type:Lesson"></span>
    </header>
    <h2 id="idea">The idea</h2><p>Ask the receptionist for help.</p>
    ${quiz('press-zero', 'Which opening helps the gatekeeper most?')}
    ${quiz('second', 'Sort the lines you might say.')}
  </article></main></body></html>`;

describe('quizIds', () => {
  it('lists quiz sections in page order', () => expect(quizIds(lesson)).toEqual(['press-zero', 'second']));
  it('finds none on a page without quizzes', () => expect(quizIds('<main><section class="x"></section></main>')).toEqual([]));
});

describe('hasSearchBody', () => {
  it('sees the body marker with or without a value', () => {
    expect(hasSearchBody(lesson)).toBe(true);
    expect(hasSearchBody('<article data-pagefind-body="">')).toBe(true);
    expect(hasSearchBody('<article data-pagefind-body-x>')).toBe(false);
    expect(hasSearchBody('<article class="lesson">')).toBe(false);
  });
});

describe('pageWithoutQuizzes', () => {
  it('marks every quiz section ignored and changes nothing else', () => {
    const page = pageWithoutQuizzes(lesson);
    expect(page.match(/<section[^>]*data-pagefind-ignore[^>]*>/g)).toHaveLength(2);
    expect(page.replace(/(<section[^>]*) data-pagefind-ignore>/g, '$1>')).toBe(lesson);
  });
});

describe('practiceVariant', () => {
  const { html, anchor } = practiceVariant(lesson, 'press-zero');

  it('moves the body marker to the quiz and makes it Practice', () => {
    expect(anchor).toBe('quiz-press-zero');
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(html).toMatch(/<section[^>]*data-quiz-id="press-zero"[^>]*data-pagefind-body[^>]*data-pagefind-filter="type:Practice"/);
    expect(html).not.toContain('type:Lesson');
    expect(html).toContain('data-pagefind-filter="module:Voicemail"');
    expect(html).toContain('<h3 id="quiz-press-zero" class="quiz-title" data-pagefind-meta="title">');
  });

  it('says which quiz is missing, or which has no heading to land on', () => {
    expect(() => practiceVariant(lesson, 'nope')).toThrow(/No quiz section "nope"/);
    expect(() => practiceVariant('<section data-quiz-id="q"><p>no heading</p></section>', 'q')).toThrow(/no heading/);
  });
});

describe('withoutUnindexedMarkup', () => {
  it('drops scripts and styles with their text', () => {
    const page = `<html lang="en"><head><style>.a{color:red}</style><script type="module">if (a < b) x("</p>");</script></head><body>
      <article data-pagefind-body><p>Kept.</p><script>
        go();
      </script><STYLE media="print">p{}</STYLE><p>Also kept.</p></article></body></html>`;
    expect(withoutUnindexedMarkup(page)).toBe(`<html lang="en"><head></head><body>
      <article data-pagefind-body><p>Kept.</p><p>Also kept.</p></article></body></html>`);
  });

  it('drops the elements Pagefind never indexes, and nothing else', () => {
    const page =
      '<header><svg aria-hidden="true"><path d="M0 0"/></svg><span>Warm Open</span></header>' +
      '<nav class="outline"><ol><li><a href="/a/">A lesson</a></li></ol></nav>' +
      '<template data-done-mark><span> ✓</span></template>' +
      '<main data-pagefind-body><p>Body <label><input type="radio"> an option</label>text.</p></main>' +
      '<footer class="site-footer"><p>Footer</p></footer>';
    expect(withoutUnindexedMarkup(page)).toBe('<header><span>Warm Open</span></header><main data-pagefind-body><p>Body text.</p></main>');
  });

  it('keeps a dropped element that holds something Pagefind still reads', () => {
    for (const element of [
      '<nav><span data-pagefind-filter="module:One"></span></nav>',
      '<nav data-pagefind-ignore><a href="/">Home</a></nav>',
      '<template><h1>Becomes the title</h1></template>',
      '<footer><img src="/card.png" alt="Becomes the image"></footer>',
      '<script type="application/json" data-pagefind-meta="x">{}</script>',
    ]) {
      expect(withoutUnindexedMarkup(`<p>a</p>${element}<p>b</p>`)).toBe(`<p>a</p>${element}<p>b</p>`);
    }
  });

  it('keeps one that holds another of its kind whole', () => {
    const page = '<nav><nav><a>inner</a></nav><a>outer</a></nav>';
    expect(withoutUnindexedMarkup(page)).toBe(page);
  });
});

describe('urlForFile', () => {
  it.each([
    ['voicemail/press-zero/index.html', '/voicemail/press-zero/'],
    ['index.html', '/'],
    ['glossary.html', '/glossary/'],
    ['a\\b\\index.html', '/a/b/'],
  ])('%s → %s', (file, url) => expect(urlForFile(file)).toBe(url));
});

describe('through Pagefind', () => {
  afterAll(() => pagefind.close());

  it('indexes a page the same with or without the markup it never reads', async () => {
    const page = lesson
      .replace('<head><title>Press 0</title></head>', '<head><title>Press 0</title><style>p{margin:0}</style><script>var x = "<nav>";</script></head>')
      .replace(
        '<nav>Outline</nav>',
        '<header><svg><path d="M0 0"/></svg><a href="/">Warm Open</a></header><nav><ol><li><a href="/x/">Outline</a></li></ol></nav><template><p>Later</p><script>y()</script></template>',
      )
      .replace('</main>', '</main><footer><p>Footer text</p></footer>');
    const fragments = async (html: string) => {
      const { index } = await pagefind.createIndex({});
      if (!index) throw new Error('Pagefind did not start');
      await index.addHTMLFile({ url: '/p/', content: pageWithoutQuizzes(html) });
      for (const id of quizIds(html)) await index.addHTMLFile({ url: `/p/#${practiceVariant(html, id).anchor}`, content: practiceVariant(html, id).html });
      const { files } = await index.getFiles();
      await index.deleteIndex();
      return files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]).sort();
    };
    expect(withoutUnindexedMarkup(page).length).toBeLessThan(page.length);
    expect(await fragments(withoutUnindexedMarkup(page))).toEqual(await fragments(page));
  }, 30_000);

  it('indexes the page without its quizzes, and each quiz as prompts only', async () => {
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    await index.addHTMLFile({ url: '/voicemail/press-zero/', content: pageWithoutQuizzes(lesson) });
    for (const id of quizIds(lesson)) {
      const variant = practiceVariant(lesson, id);
      await index.addHTMLFile({ url: `/voicemail/press-zero/#${variant.anchor}`, content: variant.html });
    }
    const { files } = await index.getFiles();
    const fragments = files
      .filter((f) => f.path.includes('fragment/'))
      .map((f) => {
        const text = gunzipSync(Buffer.from(f.content)).toString('utf8');
        return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> };
      })
      .sort((a, b) => a.url.localeCompare(b.url));

    expect(fragments.map((f) => [f.url, f.meta['title'], f.filters['type'], f.filters['module']])).toEqual([
      ['/voicemail/press-zero/', 'Press 0 and ask for help', ['Lesson'], ['Voicemail']],
      ['/voicemail/press-zero/#quiz-press-zero', 'Practice: press-zero', ['Practice'], ['Voicemail']],
      ['/voicemail/press-zero/#quiz-second', 'Practice: second', ['Practice'], ['Voicemail']],
    ]);
    const [page, first] = fragments;
    expect(page?.content).toContain('Ask the receptionist for help.');
    expect(page?.content).not.toMatch(/gatekeeper|Practice:/);
    expect(first?.content).toContain('Which opening helps the gatekeeper most?');
    expect(first?.content).toContain('The scene is a quiet office.');
    expect(first?.content).not.toContain('Sort the lines');
    for (const f of fragments) expect(f.content).not.toMatch(/SECRET|Question 1|Outline/);
  }, 30_000);
});
