// @ts-check
// The pure part of the link check (scripts/check-links.mjs): pull every URL
// out of a built page, resolve it against the page and the site's base path,
// and decide whether it reaches a file and a #fragment that exist. No file
// system here: the site comes in as a list of files, so tests can build one.
// Astro's output is well-formed (html-validate checks it), so a small
// attribute tokenizer is enough; pages use no <base href>.
import { decodeXml, locsOf } from './sitemap.mjs';

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES = /** @type {Record<string, string[]>} */ ({
  a: ['href'],
  area: ['href'],
  link: ['href'],
  use: ['href', 'xlink:href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
});
/** Attributes that hold a srcset (several URLs). */
const SRCSET_ELEMENTS = new Set(['img', 'source']);

/** Decodes character references in an attribute value. @param {string} value */
export const decodeAttribute = (value) => decodeXml(value).replace(/&nbsp;/g, '\u00a0');

/**
 * Start tags with their attributes. Comments and the bodies of <script> and
 * <style> are skipped: what looks like a tag there is code, not markup.
 * @param {string} html
 * @returns {{ name: string, attrs: Map<string, string> }[]}
 */
export function startTags(html) {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const tags = [];
  const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attrPattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const [, name = '', rest = ''] of markup.matchAll(tagPattern)) {
    const attrs = new Map();
    for (const [, key = '', dq, sq, bare] of rest.matchAll(attrPattern)) {
      const lower = key.toLowerCase();
      if (!attrs.has(lower)) attrs.set(lower, decodeAttribute(dq ?? sq ?? bare ?? ''));
    }
    tags.push({ name: name.toLowerCase(), attrs });
  }
  return tags;
}

/** URLs in a srcset ("a.png 1x, b.png 2x"). Assumes no commas inside URLs. @param {string} srcset */
export function srcsetUrls(srcset) {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Every URL a page refers to, with where it came from.
 * @param {string} html
 * @returns {{ tag: string, attr: string, value: string }[]}
 */
export function linksOf(html) {
  const links = [];
  for (const { name, attrs } of startTags(html)) {
    for (const attr of URL_ATTRIBUTES[name] ?? []) {
      const value = attrs.get(attr);
      if (value !== undefined) links.push({ tag: name, attr, value: value.trim() });
    }
    const srcset = SRCSET_ELEMENTS.has(name) ? attrs.get('srcset') : undefined;
    if (srcset) for (const value of srcsetUrls(srcset)) links.push({ tag: name, attr: 'srcset', value });
  }
  return links;
}

/** Ids and <a name> values: the fragments a page offers. @param {string} html */
export function anchorsOf(html) {
  const anchors = new Set();
  for (const { name, attrs } of startTags(html)) {
    const id = attrs.get('id');
    if (id) anchors.add(id);
    const anchorName = name === 'a' ? attrs.get('name') : undefined;
    if (anchorName) anchors.add(anchorName);
  }
  return anchors;
}

const HERE = 'http://site.invalid';

/**
 * What a URL on a page points at.
 * @param {string} value the attribute value
 * @param {string} pagePathname the page's own pathname ("/course/start/")
 * @param {{ site?: string | undefined }} [options] the site's public origin: absolute links to it are internal (canonical, og:url)
 * @returns {{ type: 'internal', pathname: string, fragment: string | undefined }
 *   | { type: 'external', url: string } | { type: 'ignored' } | { type: 'invalid', reason: string }}
 */
export function classify(value, pagePathname, options = {}) {
  if (/^(data|blob|about):/i.test(value)) return { type: 'ignored' };
  if (/^javascript:/i.test(value)) return { type: 'invalid', reason: 'javascript: URLs are blocked by the CSP' };
  let url;
  try {
    url = new URL(value, HERE + pagePathname);
  } catch {
    return { type: 'invalid', reason: 'not a valid URL' };
  }
  const site = options.site ? new URL(options.site) : undefined;
  const internal = url.origin === HERE || (site !== undefined && url.origin === site.origin);
  if (!internal) return { type: 'external', url: url.href };
  const fragment = url.hash ? url.hash.slice(1) : value.endsWith('#') ? '' : undefined;
  return { type: 'internal', pathname: url.pathname, fragment };
}

/**
 * The file (relative to the build folder) that serves a pathname, as a static
 * host maps it: a folder path is its index.html. Outside the base is an error.
 * @param {string} pathname
 * @param {string} base
 * @returns {{ file: string } | { problem: string }}
 */
export function fileFor(pathname, base) {
  if (!pathname.startsWith(base)) return { problem: `is outside the base path ${base}` };
  let rest;
  try {
    rest = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { problem: 'has a malformed percent-escape' };
  }
  return { file: rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest };
}

/** A fragment is fine if it names an anchor; "" and "top" scroll to the top by the HTML spec. @param {string} fragment @param {Set<string>} anchors */
export function fragmentResolves(fragment, anchors) {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    /* keep it as written */
  }
  return decoded === '' || decoded.toLowerCase() === 'top' || anchors.has(decoded) || anchors.has(fragment);
}

/**
 * Checks a whole built site.
 * @param {{ files: Iterable<string>, read: (file: string) => string, base: string, site?: string | undefined }} input
 *   files: every file in the build, relative, with forward slashes ("start/index.html")
 * @returns {{ problems: { page: string, tag: string, attr: string, value: string, problem: string }[], external: Map<string, number>, checked: number, pages: number }}
 */
export function checkSite({ files, read, base, site }) {
  const all = new Set(files);
  const pages = [...all].filter((f) => f.endsWith('.html'));
  const sitemaps = [...all].filter((f) => /^sitemap[^/]*\.xml$/.test(f));
  /** @type {Map<string, Set<string>>} */
  const anchorCache = new Map();
  const anchors = (/** @type {string} */ file) => {
    let set = anchorCache.get(file);
    if (!set) anchorCache.set(file, (set = anchorsOf(read(file))));
    return set;
  };
  /** @type {{ page: string, tag: string, attr: string, value: string, problem: string }[]} */
  const problems = [];
  /** @type {Map<string, number>} */
  const external = new Map();
  let checked = 0;

  /** @param {string} page @param {string} pathname @param {{ tag: string, attr: string, value: string }} link */
  const check = (page, pathname, link) => {
    checked++;
    const report = (/** @type {string} */ problem) => void problems.push({ page, ...link, problem });
    // Same-page references ("#main") resolve on the page itself, wherever it is served.
    if (link.value.startsWith('#')) {
      if (!fragmentResolves(link.value.slice(1), anchors(page))) report(`no element with id "${link.value.slice(1)}" on this page`);
      return;
    }
    const target = classify(link.value, pathname, { site });
    if (target.type === 'ignored') return;
    if (target.type === 'invalid') return report(target.reason);
    if (target.type === 'external') return void external.set(target.url, (external.get(target.url) ?? 0) + 1);
    const mapped = fileFor(target.pathname, base);
    if ('problem' in mapped) return report(mapped.problem);
    if (!all.has(mapped.file)) {
      if (all.has(`${mapped.file}/index.html`)) return report(`points at a folder without its trailing slash (use ${target.pathname}/)`);
      return report(`no such file: ${mapped.file}`);
    }
    if (target.fragment !== undefined && mapped.file.endsWith('.html') && !fragmentResolves(target.fragment, anchors(mapped.file))) {
      report(`no element with id "${target.fragment}" on ${mapped.file}`);
    }
  };

  for (const page of pages) {
    // 404.html is served at any missing URL, so its links must work from anywhere: check them from the base.
    const pathname = page === '404.html' ? base : base + page.replace(/(^|\/)index\.html$/, '$1');
    for (const link of linksOf(read(page))) check(page, pathname, link);
  }
  for (const sitemap of sitemaps) {
    for (const loc of locsOf(read(sitemap))) check(sitemap, base + sitemap, { tag: 'loc', attr: 'text', value: loc });
  }
  return { problems, external, checked, pages: pages.length };
}
