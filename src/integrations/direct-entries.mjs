// @ts-check
// A page's script tags name the file that holds the code, not a file that only
// imports it. When a module a page loads (the recorder, the quiz islands) is
// also imported by another page's script (the review page imports both),
// Rolldown puts it in a shared chunk and leaves the page's own entry a file of
// one line, `import"./<chunk>.js";`. The browser then fetched that line, and
// only after it the code: a request (about 290 B over the wire, headers
// included) and a round trip more for each such script, on every quiz lesson.
// After the build, every page's src pointing at such a file points at its
// chunk instead: the same module, run once, in the same order.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The whole of an entry that only imports one chunk, as Rolldown writes it. */
const ONLY_AN_IMPORT = /^import\s*["']\.\/([\w-]+\.js)["'];?\s*$/;
const SCRIPT_SRC = /(<script\b[^>]*\bsrc=")([^"]*\/)?([\w-]+\.js)(")/g;

/**
 * Maps each one-import entry in `assets` to the file it imports (followed to the end).
 * @param {string} assets the build's _astro folder
 * @returns {Promise<Map<string, string>>}
 */
export async function findImportOnlyEntries(assets) {
  /** @type {Map<string, string>} */
  const next = new Map();
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js')) continue;
    const match = ONLY_AN_IMPORT.exec(await readFile(join(assets, file), 'utf8'));
    if (match?.[1]) next.set(file, match[1]);
  }
  /** @type {Map<string, string>} */
  const resolved = new Map();
  for (const [from, to] of next) {
    let target = to;
    for (let hops = 0; next.has(target) && hops < 10; hops++) target = next.get(target) ?? target;
    resolved.set(from, target);
  }
  return resolved;
}

/**
 * One page's HTML with its script tags pointing past one-import entries.
 * @param {string} html
 * @param {Map<string, string>} entries from findImportOnlyEntries
 */
export function pointPastImportOnlyEntries(html, entries) {
  return html.replace(SCRIPT_SRC, (all, open, folder = '', file, close) => {
    const target = entries.get(file);
    return target ? `${open}${folder}${target}${close}` : all;
  });
}

/** @returns {import('astro').AstroIntegration} */
export function directEntries() {
  return {
    name: 'warm-open:direct-entries',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = await findImportOnlyEntries(join(site, '_astro'));
        if (!entries.size) return;
        let pages = 0;
        for (const file of await readdir(site, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          const path = join(site, file);
          const html = await readFile(path, 'utf8');
          const pointed = pointPastImportOnlyEntries(html, entries);
          if (pointed === html) continue;
          await writeFile(path, pointed);
          pages++;
        }
        const names = [...entries].map(([from, to]) => `${basename(from)} → ${to}`).join(', ');
        logger.info(`Scripts named by their code, not a one-line import (${names}): ${pages} pages`);
      },
    },
  };
}
