// The link checker's pure parts: pulling URLs out of markup, resolving them
// under a base path, and checking a whole (in-memory) site.
import { describe, expect, it } from 'vitest';
import { anchorsOf, checkSite, classify, fileFor, fragmentResolves, linksOf, srcsetUrls, startTags } from '../../../scripts/quality/links.mjs';

describe('startTags', () => {
  it('reads quoted, unquoted and valueless attributes, decoding entities', () => {
    const [tag] = startTags(`<a href="/a?x=1&amp;y=2" data-x='q' hidden id=top>`);
    expect(tag?.name).toBe('a');
    expect(Object.fromEntries(tag?.attrs ?? [])).toEqual({ href: '/a?x=1&y=2', 'data-x': 'q', hidden: '', id: 'top' });
  });

  it('skips comments and the bodies of scripts and styles, but keeps a script tag', () => {
    const tags = startTags(`<!-- <a href="/gone/"> --><script src="/s.js">const a = '<a href="/fake/">';</script><style>a[href="/x"]{}</style><p>`);
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
  });

  it('keeps ">" inside a quoted value', () => {
    expect(startTags(`<img alt="a > b" src="/i.png">`)[0]?.attrs.get('src')).toBe('/i.png');
  });
});

describe('linksOf', () => {
  it('finds href, src, srcset, poster, action and svg use', () => {
    const html = `<link rel="stylesheet" href="/s.css"><a href="/a/">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x">
      <video poster="/p.png"></video><form action="/search/"></form><svg><use href="#icon"></use></svg><script src="/s.js"></script>`;
    expect(linksOf(html).map((l) => `${l.tag}[${l.attr}]=${l.value}`)).toEqual([
      'link[href]=/s.css',
      'a[href]=/a/',
      'img[src]=/i.png',
      'img[srcset]=/i-1.png',
      'img[srcset]=/i-2.png',
      'video[poster]=/p.png',
      'form[action]=/search/',
      'use[href]=#icon',
      'script[src]=/s.js',
    ]);
  });

  it('ignores attributes that are not URLs', () => {
    expect(linksOf(`<div href="/not-a-link/" data-src="/x"></div><li data-lesson-url="/l/">`)).toEqual([]);
  });
});

describe('srcsetUrls', () => {
  it('takes the URL of each candidate', () => expect(srcsetUrls(' a.png 320w,b.png 640w , c.png')).toEqual(['a.png', 'b.png', 'c.png']));
});

describe('anchorsOf', () => {
  it('collects ids and a[name], not other names', () => {
    expect([...anchorsOf(`<h2 id="part-1">x</h2><a name="old"></a><input name="q">`)].sort()).toEqual(['old', 'part-1']);
  });
});

describe('classify', () => {
  const page = '/course/openers/connect-first/';
  it('resolves relative and absolute paths against the page', () => {
    expect(classify('../press-zero/#try', page)).toEqual({ type: 'internal', pathname: '/course/openers/press-zero/', fragment: 'try' });
    expect(classify('/course/start/', page)).toEqual({ type: 'internal', pathname: '/course/start/', fragment: undefined });
    expect(classify('#', page)).toEqual({ type: 'internal', pathname: page, fragment: '' });
  });

  it('lists other origins and mailto as external, and treats the site origin as internal', () => {
    expect(classify('https://example.org/x', page)).toEqual({ type: 'external', url: 'https://example.org/x' });
    expect(classify('mailto:team@example.org', page)).toEqual({ type: 'external', url: 'mailto:team@example.org' });
    expect(classify('https://warm-open.example/course/start/', page, { site: 'https://warm-open.example' })).toMatchObject({
      type: 'internal',
      pathname: '/course/start/',
    });
  });

  it('ignores data: URLs and rejects javascript: URLs', () => {
    expect(classify('data:image/png;base64,AAAA', page)).toEqual({ type: 'ignored' });
    expect(classify('javascript:void(0)', page).type).toBe('invalid');
  });
});

describe('fileFor', () => {
  it('maps folders to index.html under the base', () => {
    expect(fileFor('/course/', '/course/')).toEqual({ file: 'index.html' });
    expect(fileFor('/course/start/', '/course/')).toEqual({ file: 'start/index.html' });
    expect(fileFor('/course/_astro/a%20b.css', '/course/')).toEqual({ file: '_astro/a b.css' });
    expect(fileFor('/start/', '/')).toEqual({ file: 'start/index.html' });
  });

  it('rejects paths outside the base', () => {
    expect(fileFor('/start/', '/course/')).toEqual({ problem: 'is outside the base path /course/' });
  });
});

describe('fragmentResolves', () => {
  const anchors = new Set(['part-1', 'café']);
  it('accepts known ids (percent-encoded too), empty and top', () => {
    for (const fragment of ['part-1', 'caf%C3%A9', '', 'top', 'TOP']) expect(fragmentResolves(fragment, anchors), fragment).toBe(true);
  });
  it('rejects unknown ids', () => expect(fragmentResolves('part-2', anchors)).toBe(false));
});

/** A tiny built site: files and their text. */
function site(files: Record<string, string>, base = '/course/') {
  return checkSite({ files: Object.keys(files), read: (f) => files[f] ?? '', base, site: 'https://warm-open.example' });
}

describe('checkSite', () => {
  const good = {
    'index.html': `<a href="#main">skip</a><main id="main"><a href="/course/start/#how">how</a><img src="/course/i.svg"></main>`,
    'start/index.html': `<h2 id="how">How</h2><a href="../">home</a><link rel="canonical" href="https://warm-open.example/course/start/"><a href="https://example.org/">out</a>`,
    '404.html': `<a href="#main">skip</a><main id="main"><a href="/course/">home</a></main>`,
    'i.svg': '<svg/>',
    'sitemap-0.xml': '<urlset><url><loc>https://warm-open.example/course/start/</loc></url></urlset>',
  };

  it('passes a site whose links all resolve, and lists external links', () => {
    const result = site(good);
    expect(result.problems).toEqual([]);
    expect([...result.external]).toEqual([['https://example.org/', 1]]);
    expect(result.pages).toBe(3);
  });

  it('reports a missing page, a missing fragment, a folder without its slash and a link outside the base', () => {
    const result = site({
      ...good,
      'index.html': `<a href="/course/nowhere/">x</a><a href="/course/start/#why">y</a><a href="/course/start">z</a><a href="/start/">w</a><a href="#gone">v</a>`,
    });
    expect(result.problems.map((p) => `${p.value}: ${p.problem}`)).toEqual([
      '/course/nowhere/: no such file: nowhere/index.html',
      '/course/start/#why: no element with id "why" on start/index.html',
      '/course/start: points at a folder without its trailing slash (use /course/start/)',
      '/start/: is outside the base path /course/',
      '#gone: no element with id "gone" on this page',
    ]);
  });

  it('checks the sitemap’s URLs too', () => {
    const result = site({ ...good, 'sitemap-0.xml': '<urlset><url><loc>https://warm-open.example/course/gone/</loc></url></urlset>' });
    expect(result.problems).toEqual([expect.objectContaining({ page: 'sitemap-0.xml', problem: 'no such file: gone/index.html' })]);
  });

  it('works the same at the root', () => {
    const result = site({ 'index.html': '<a href="/start/">s</a><a href="/nope/">n</a>', 'start/index.html': '' }, '/');
    expect(result.problems.map((p) => p.value)).toEqual(['/nope/']);
  });
});
