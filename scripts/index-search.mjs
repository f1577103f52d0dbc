// @ts-check
// Builds the Pagefind index over dist/ after the Astro build (`npm run build`).
// Indexed: lessons, the glossary and the call card (pages that mark
// data-pagefind-body) and one "Practice" record per quiz, holding its prompts.
// Never indexed: navigation, footers, quiz options, answers and feedback
// (data-pagefind-ignore), the 404 and search pages. The rules live in
// src/search/index-records.ts (Node runs the .ts directly by stripping types).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { useSmallerChunks } from './search/smaller-chunks.mjs';
import { NEVER_INDEXED, hasSearchBody, pageWithoutQuizzes, practiceVariant, quizIds, urlForFile, withoutUnindexedMarkup } from '../src/search/index-records.ts';

const site = process.argv[2] ?? 'dist';
const created = await pagefind.createIndex({});
if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
const index = created.index;

/**
 * Adds one record; a record with no words means the markup changed under us.
 * @param {string} url
 * @param {string} content
 */
async function add(url, content) {
  const added = await index.addHTMLFile({ url, content });
  if (added.errors.length) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
  if (!added.file?.uniqueWords) throw new Error(`Pagefind indexed no words for ${url}: check its data-pagefind-* markup`);
}

// Pagefind's service indexes one record at a time, in the order they arrive,
// and decodes the next ones on another thread. Awaiting each record left it
// idle while this script read and prepared the next file; a few records in
// flight keep it busy, and the order (so the index) stays exactly the same.
const IN_FLIGHT = 16;
/** @type {Promise<void>[]} */
const inFlight = [];
/** @param {string} url @param {string} content */
async function queue(url, content) {
  inFlight.push(add(url, content));
  if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
}

const files = (await readdir(site, { recursive: true }))
  .map((f) => f.replaceAll('\\', '/'))
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !NEVER_INDEXED.includes(f))
  .sort();

let pages = 0;
let practice = 0;
for (const file of files) {
  const html = withoutUnindexedMarkup(await readFile(join(site, file), 'utf8'));
  const url = urlForFile(file);
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

const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
const chunks = await useSmallerChunks(`${site}/pagefind`);
if (!chunks.rewritten) console.warn(`Search index: kept Pagefind's own index chunks (${chunks.reason}); searches will fetch more bytes`);
console.log(`Search index: ${pages} pages, ${practice} practice records, ${chunks.after} index chunks`);
