// @ts-check
// What the first search costs: everything fetched from the moment a learner
// types a query until the results have loaded (Pagefind's script, its
// WebAssembly, index chunks, result fragments), on top of the page itself.
// Through the search page's own search box when there is one; otherwise
// straight through Pagefind's JavaScript API, which any search UI uses.
import { recordNetwork, summarise } from './page-weight.mjs';

/**
 * @param {import('@playwright/test').Page} page
 * @param {string} siteUrl the site's root URL, base path included, ending in "/"
 * @param {string} query
 */
export async function weighFirstSearch(page, siteUrl, query) {
  const net = recordNetwork(page);
  const searchPage = await page.goto(`${siteUrl}search/`, { waitUntil: 'load' });
  const hasPage = searchPage?.status() === 200;
  if (!hasPage) await page.goto(siteUrl, { waitUntil: 'load' });
  await net.settle();
  net.reset();

  const box = page.locator('input[type="search"]:visible, [role="searchbox"]:visible').first();
  const hasBox = hasPage && (await box.waitFor({ timeout: 5000 }).then(() => true, () => false));
  let results;
  if (hasBox) {
    await box.fill(query);
    // Search-as-you-type UIs wait a moment after the last keystroke.
    await net.settle(1500, 30_000);
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
  const weight = summarise(await net.requests(), { scripts: [], styles: [] });
  net.detach();
  return {
    query,
    method: hasBox ? 'the search page' : hasPage ? 'Pagefind API (no search box found on the search page)' : 'Pagefind API (no search page yet)',
    results,
    wire: weight.wire,
    requests: weight.requests,
    byKind: weight.byKind,
  };
}
