// @ts-check
// Internal link check over a build: every href, src, srcset and #fragment in
// every page, and every URL in the sitemap, must reach a file (and an element
// with that id) in the build, under its base path. External links are listed,
// not fetched (the check runs offline).
//   node scripts/check-links.mjs [dist] [base] [--site https://warm-open.example]
// base defaults to $BASE_PATH or "/"; site defaults to the sitemap's origin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSite } from './quality/links.mjs';
import { locsOf } from './quality/sitemap.mjs';

const args = process.argv.slice(2);
const siteFlag = args.indexOf('--site');
const site = siteFlag >= 0 ? args.splice(siteFlag, 2)[1] : undefined;
const [dist = 'dist', baseArg = process.env['BASE_PATH'] ?? '/'] = args;
const base = `/${baseArg.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

if (!existsSync(dist)) {
  console.error(`check-links: ${dist} does not exist. Build first: BASE_PATH=${base} npm run build`);
  process.exit(2);
}

/** @param {string} dir @returns {string[]} */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
const files = walk(dist).map((f) => relative(dist, f).split(sep).join('/'));
const indexFile = join(dist, 'sitemap-index.xml');
const sitemapOrigin = existsSync(indexFile) ? locsOf(readFileSync(indexFile, 'utf8')).map((loc) => new URL(loc).origin)[0] : undefined;

const result = checkSite({ files, read: (file) => readFileSync(join(dist, file), 'utf8'), base, site: site ?? sitemapOrigin });

const external = [...result.external].sort(([a], [b]) => a.localeCompare(b));
if (external.length) {
  console.log(`External links (not fetched), ${external.length}:`);
  for (const [url, count] of external) console.log(`  ${url}  (${count}×)`);
}
for (const p of result.problems) console.error(`✖ ${p.page}: <${p.tag} ${p.attr}="${p.value}"> ${p.problem}`);
const summary = `${result.checked} links in ${result.pages} pages and the sitemap under ${base}: ${result.problems.length} broken`;
if (result.problems.length) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
