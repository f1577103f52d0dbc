// @ts-check
// What the first search costs: everything fetched from the moment a learner
// opens search on a page until the first query's results have loaded (our
// search UI, Pagefind's script, its WebAssembly and metadata, the index
// chunks and result fragments), on top of the page itself. The issue's
// budget (110 KB) is for this whole figure.
// Through the header's search dialog (Ctrl+K) when the page has one;
// otherwise straight through Pagefind's JavaScript API, which any search UI uses.
import { pageScriptsStarted, recordNetwork, summarise } from './page-weight.mjs';

/**
 * @param {import('@playwright/test').Page} page
 * @param {string} siteUrl the site's root URL, base path included, ending in "/"
 * @param {string} query
 * @param {string} [path] the page search is opened from
 */
export async function weighFirstSearch(page, siteUrl, query, path = '') {
  const net = recordNetwork(page);
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
  // The page's own scripts are the page's bytes, not the search's.
  await pageScriptsStarted(page);
  await net.settle();
  net.reset();

  await page.keyboard.press('Control+k');
  const box = page.getByRole('dialog').getByRole('searchbox');
  const hasBox = await box.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  let results;
  if (hasBox) {
    // One input event, so the figure is one query's (a typist's half-words may search too).
    await box.fill(query);
    await page
      .getByRole('dialog')
      .getByRole('status')
      .filter({ hasText: `“${query}”` })
      .waitFor({ timeout: 30_000 });
    await net.settle(1000, 30_000);
  } else {
    results = await page.evaluate(
      async ({ bundle, query }) => {
        /** @type {any} */
        const pagefind = await import(bundle);
        const found = await pagefind.search(query);
        // A results list shows about five at first.
        await Promise.all(found.results.slice(0, 5).map((/** @type {any} */ r) => r.data()));
        return found.results.length;
      },
      { bundle: `${siteUrl}pagefind/pagefind.js`, query },
    );
    await net.settle(1000, 30_000);
  }
  const list = await net.requests();
  const weight = summarise(list, { scripts: [], styles: [] });
  net.detach();
  return {
    query,
    method: hasBox ? 'the search dialog' : 'Pagefind API (no search dialog found)',
    results,
    wire: weight.wire,
    requests: weight.requests,
    byKind: weight.byKind,
    files: list.map((r) => ({ url: r.url.replace(siteUrl, '/'), wire: r.wire })),
  };
}
