// @ts-check
// The Pagefind index for the SCORM package: the same records as the site's
// (scripts/index-search.mjs and the rules in src/search/index-records.ts),
// but each result URL names its file ("openers/connect-first/index.html"),
// because LMS players often serve a folder without its index.html.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { useSmallerChunks } from '../search/smaller-chunks.mjs';
import { NEVER_INDEXED, hasSearchBody, pageWithoutQuizzes, practiceVariant, quizIds } from '../../src/search/index-records.ts';

/** @param {string} site the relativised package folder */
export async function indexPackage(site) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  /** @param {string} url @param {string} content */
  const add = async (url, content) => {
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
  };
  const files = (await readdir(site, { recursive: true }))
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('scorm-') && !NEVER_INDEXED.includes(f))
    .sort();
  let records = 0;
  for (const file of files) {
    const html = await readFile(join(site, file), 'utf8');
    const url = `/${file}`;
    if (hasSearchBody(html)) {
      await add(url, pageWithoutQuizzes(html));
      records++;
    }
    for (const id of quizIds(html)) {
      const variant = practiceVariant(html, id);
      await add(`${url}#${variant.anchor}`, variant.html);
      records++;
    }
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const chunks = await useSmallerChunks(join(site, 'pagefind'));
  if (!chunks.rewritten) console.warn(`SCORM search index: kept Pagefind's own index chunks (${chunks.reason})`);
  return records;
}
