// @ts-check
// The pages a build publishes, read from its sitemap: the sweeps (axe, CSP,
// budgets) cover whatever pages exist, new ones included, without a list to
// keep up to date.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Decodes the five XML entities (sitemap URLs escape & as &amp;). @param {string} text */
export function decodeXml(text) {
  const named = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" });
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return named[name] ?? whole;
  });
}

/** Every <loc> in a sitemap or sitemap index. @param {string} xml */
export function locsOf(xml) {
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) => decodeXml(m[1] ?? ''));
}

/**
 * Pathnames of every page in a built site's sitemap ("/course/start/"),
 * following sitemap-index.xml to its sitemaps in the same folder.
 * @param {string} dist the build folder
 * @returns {string[]}
 */
export function sitemapPathnames(dist) {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: build the site first (BASE_PATH=/course/ npm run build)`);
  return locsOf(readFileSync(index, 'utf8')).flatMap((sitemapUrl) => {
    const file = join(dist, new URL(sitemapUrl).pathname.split('/').pop() ?? '');
    return locsOf(readFileSync(file, 'utf8')).map((loc) => new URL(loc).pathname);
  });
}

/**
 * Sitemap pages as paths relative to the base ("", "start/"), for a
 * Playwright baseURL that ends in the base.
 * @param {string} dist
 * @param {string} base e.g. "/course/"
 */
export function sitemapPaths(dist, base) {
  return sitemapPathnames(dist).map((pathname) => {
    if (!pathname.startsWith(base)) throw new Error(`sitemap lists ${pathname}, outside the base ${base}: was the site built with BASE_PATH=${base}?`);
    return pathname.slice(base.length);
  });
}

/**
 * Every page a sweep should visit: the sitemap's, then any built page the
 * sitemap leaves out (a noindex page is still a page a learner can open).
 * @param {string} dist
 * @param {string} base
 */
export function pagesToSweep(dist, base) {
  const listed = sitemapPaths(dist, base);
  /** @param {string} dir @param {string} prefix @returns {string[]} */
  const built = (dir, prefix) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) return built(join(dir, entry.name), `${prefix}${entry.name}/`);
      return entry.name === 'index.html' ? [prefix] : [];
    });
  return [...new Set([...listed, ...built(dist, '')])];
}
