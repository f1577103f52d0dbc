// @ts-check
// The Pagefind search index, written into the build's output once Astro has
// written every page (astro:build:done), for the site build and the SCORM
// build alike (scripts/scorm/build.mjs runs astro build with
// WARM_OPEN_SCORM=1). What goes in is decided in src/search/index-records.ts:
// lessons, the glossary and the call card (pages that mark
// data-pagefind-body), and one "Practice" record per quiz, holding its
// prompts. Never indexed: navigation, footers, quiz options, answers and
// feedback (data-pagefind-ignore), the 404 and search pages.
//
// Record URLs leave the base out: the browser's Pagefind adds it (baseUrl, in
// src/search/browser/engine.ts). The site's name folders
// ("/openers/connect-first/"); a SCORM package's name their files
// ("/openers/connect-first/index.html"), because LMS players often serve a
// folder without its index.html.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { useSmallerChunks } from './pagefind-smaller-chunks.mjs';
import { NEVER_INDEXED, hasSearchBody, pageWithoutQuizzes, practiceVariant, quizIds, urlForFile, withoutUnindexedMarkup } from '../search/index-records.ts';

// Pagefind's service indexes one record at a time, in the order they arrive,
// and decodes the next ones on another thread. Awaiting each record left it
// idle while the next file was read and prepared; a few records in flight
// keep it busy, and the order (so the index) stays exactly the same.
const IN_FLIGHT = 16;

/**
 * Indexes the built site in `site` and writes the bundle to `site`/pagefind/.
 * @param {string} site
 * @param {{ urls: 'folders' | 'files' }} options
 */
export async function indexSite(site, { urls }) {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const index = created.index;

  /** One record; a record with no words means the markup changed under us. @param {string} url @param {string} content */
  const add = async (url, content) => {
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
    if (!added.file?.uniqueWords) throw new Error(`Pagefind indexed no words for ${url}: check its data-pagefind-* markup`);
  };
  /** @type {Promise<void>[]} */
  const inFlight = [];
  /** @param {string} url @param {string} content */
  const queue = async (url, content) => {
    inFlight.push(add(url, content));
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
  };

  const files = (await readdir(site, { recursive: true }))
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !NEVER_INDEXED.includes(f))
    .sort();
  let pages = 0;
  let practice = 0;
  for (const file of files) {
    const html = withoutUnindexedMarkup(await readFile(join(site, file), 'utf8'));
    const url = urls === 'files' ? `/${file}` : urlForFile(file);
    if (hasSearchBody(html)) {
      await queue(url, pageWithoutQuizzes(html));
      pages++;
    }
    for (const id of quizIds(html)) {
      const variant = practiceVariant(html, id);
      await queue(`${url}#${variant.anchor}`, variant.html);
      practice++;
    }
  }
  await Promise.all(inFlight);

  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Measured at issue 17 without this step, the first search fetched 128,746 B ("receptionist") and
  // 140,528 B ("magic wand") over the wire, against a budget of 110,000; with it, 105,072 and 108,936.
  const chunks = await useSmallerChunks(join(site, 'pagefind'));
  return { pages, practice, chunks };
}

/**
 * @param {{ urls: 'folders' | 'files' }} options
 * @returns {import('astro').AstroIntegration}
 */
export function pagefindIndex(options) {
  return {
    name: 'warm-open:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, practice, chunks } = await indexSite(fileURLToPath(dir), options);
        if (!chunks.rewritten) logger.warn(`kept Pagefind's own index chunks (${chunks.reason}); searches will fetch more bytes`);
        // scripts/bench.mjs reads the time off this line.
        logger.info(
          `Search index: ${pages} pages, ${practice} practice records, ${chunks.after} index chunks in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
      },
    },
  };
}
