// The benchmark's floor: the lesson's own text in a bare page.
import { describe, expect, it } from 'vitest';
import { floorPage } from '../../../scripts/quality/floor-page.mjs';

const lesson = [
  '<!doctype html><html lang="en"><head><title>Connect first | Warm Open</title><style>body{color:red}</style><script>shell()</script></head>',
  '<body><header>Site header</header><nav id="outline">Outline</nav><main id="main">',
  '<article class="lesson" data-lesson-id="x"><h1>Connect first</h1><p>Say hello and listen.</p>',
  '<h2 id="practice">Practice</h2>',
  '<section class="quiz" data-quiz-id="q"><h3>Practice: connect</h3><section class="assessment-result"><p>Result</p></section>',
  '<course-question data-question-id="a"><p>Which opener?</p></course-question><script type="module">quiz()</script></section>',
  '<p>After the practice.</p><template><p>Later</p></template></article>',
  '</main><footer>Site footer</footer><script type="module" src="/course/_astro/a.js"></script></body></html>',
].join('');

describe('floorPage', () => {
  const floor = floorPage(lesson);

  it("keeps the lesson's title and text, the practice heading and what follows the quiz", () => {
    expect(floor).toContain('<title>Connect first | Warm Open</title>');
    expect(floor).toContain('<h1>Connect first</h1><p>Say hello and listen.</p><h2 id="practice">Practice</h2><p>After the practice.</p>');
  });

  it('leaves out the quiz (nested sections included), every script and style, and the shared layout', () => {
    for (const gone of ['Which opener?', 'Result', 'Practice: connect', '<script', '<style', '<template', 'Site header', 'Outline', 'Site footer', '<link'])
      expect(floor).not.toContain(gone);
    expect(floor).toMatch(/^<!doctype html>\n<html lang="en"><head><meta charset="utf-8">/);
  });

  it('refuses a page that is not a lesson', () => expect(() => floorPage('<main><p>Home</p></main>')).toThrow('no <article>'));
});
