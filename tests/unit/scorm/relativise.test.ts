import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PACKAGE_BASE, ROOT_EXPRESSION, relativeTo, rewriteCss, rewriteHtml, rewriteScript, rootFrom } from '../../../src/scorm/package/relativise';

const B = PACKAGE_BASE;
const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('relative URLs in the package', () => {
  it('from any page to any page, with index.html for pages and folders kept for data', () => {
    expect(relativeTo('openers/connect-first/index.html', 'openers/say-why/', true)).toBe('../say-why/index.html');
    expect(relativeTo('openers/connect-first/index.html', '', true)).toBe('../../index.html');
    expect(relativeTo('openers/connect-first/index.html', '#main', true)).toBe('../../index.html#main');
    expect(relativeTo('index.html', 'search/?q=voicemail', true)).toBe('search/index.html?q=voicemail');
    expect(relativeTo('index.html', '_astro/x.css', true)).toBe('_astro/x.css');
    expect(relativeTo('index.html', '', true)).toBe('index.html');
    expect(relativeTo('openers/connect-first/index.html', 'openers/connect-first/', false)).toBe('./');
    expect(relativeTo('index.html', 'openers/connect-first/', false)).toBe('openers/connect-first/');
    expect(relativeTo('_astro/a.css', 'fonts/f.woff2', false)).toBe('../fonts/f.woff2');
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('voicemail/press-zero/index.html')).toBe('../../');
  });

  it('rewrites attributes, marks the root, drops links to the public site', () => {
    const html = `<!doctype html><html lang="en"><head><link rel="canonical" href="https://x.example${B}a/"><meta property="og:url" content="https://x.example${B}a/"><link rel="sitemap" href="${B}sitemap-index.xml"><link rel="stylesheet" href="${B}_astro/s.css"></head><body><a href="${B}voicemail/press-zero/">Next</a><a href='${B}'>Home</a><li data-lesson-url="${B}openers/x/"></li><form action="${B}search/"></form><a href="#main">skip</a><a href="https://elsewhere.example/">out</a></body></html>`;
    const { text, problems } = rewriteHtml(html, 'openers/x/index.html');
    expect(problems).toEqual([]);
    expect(text).toContain('<html data-package-root="../../" lang="en">');
    expect(text).toContain('href="../../_astro/s.css"');
    expect(text).toContain('href="../../voicemail/press-zero/index.html"');
    expect(text).toContain("href='../../index.html'");
    expect(text).toContain('data-lesson-url="./"');
    expect(text).toContain('action="../../search/index.html"');
    expect(text).toContain('href="#main"');
    expect(text).toContain('href="https://elsewhere.example/"');
    expect(text).not.toMatch(/canonical|og:url|sitemap|x\.example/);
  });

  it('rewrites inline scripts and styles like files and re-hashes them in the CSP', () => {
    const script = `const b=\`${B}\`;`;
    const style = `.a{background:url(${B}i/a.svg)}`;
    const untouched = 'console.log(1)';
    const csp = `<meta http-equiv="content-security-policy" content="script-src 'self' '${sha(script)}' '${sha(untouched)}'; style-src '${sha(style)}'">`;
    const html = `<html><head>${csp}<style>${style}</style></head><body><script type="module">${script}</script><script>${untouched}</script><script type="application/json">{"n":1}</script></body></html>`;
    const { text, problems } = rewriteHtml(html, 'index.html');
    expect(problems).toEqual([]);
    const newScript = `const b=\`\${${ROOT_EXPRESSION}}\`;`;
    const newStyle = '.a{background:url(i/a.svg)}';
    expect(text).toContain(`<script type="module">${newScript}</script>`);
    expect(text).toContain(`'${sha(newScript)}'`);
    expect(text).toContain(`'${sha(newStyle)}'`);
    expect(text).toContain(`'${sha(untouched)}'`);
    expect(text).not.toContain(sha(script));
  });

  it('gives scripts the package root found in the browser', () => {
    const js = 'var a=`/__warm_open_package__/`.replace(/x/,``),b=function(e){return"/__warm_open_package__/"+e},c=\'/__warm_open_package__/pagefind/\',d="/__warm_open_package__/".replace(/\\/?$/,"/");';
    const { text, problems } = rewriteScript(js, 'x.js');
    expect(problems).toEqual([]);
    expect(text).not.toContain(B);
    // It still runs, and gives the root of a page two folders down.
    const document = { documentElement: { getAttribute: () => '../../' } };
    const location = { href: 'https://lms.example/content/12/openers/x/index.html' };
    const run = new Function('document', 'location', `${text}; return [a, b('_astro/q.js'), c, d];`) as (d: unknown, l: unknown) => string[];
    expect(run(document, location)).toEqual(['/content/12/', '/content/12/_astro/q.js', '/content/12/pagefind/', '/content/12/']);
  });

  it('reports what it cannot rewrite instead of shipping it', () => {
    expect(rewriteScript(`x("https://a${B}")`, 'x.js').problems).toHaveLength(1);
    expect(rewriteHtml(`<html><body><p>${B}</p></body></html>`, 'index.html').problems).toHaveLength(1);
    // JSON in a page is data the build cannot know how to rewrite: stop and say so.
    expect(rewriteHtml(`<html><body><script type="application/json">{"u":"${B}x/"}</script></body></html>`, 'index.html').problems).toHaveLength(1);
    expect(rewriteCss(`a{b:c}/* ${B} */`, 'a.css').problems).toHaveLength(1);
    expect(rewriteCss(`.x{background:url("${B}a.svg")}`, '_astro/s.css').text).toBe('.x{background:url("../a.svg")}');
  });
});
