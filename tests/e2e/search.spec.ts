// Search as a rep uses it, on the production build under /course/: the
// header dialog, the /search page, the page opened from a result, and what
// the index must never hold (quiz answers and feedback).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { base } from '../../playwright.config';
import { expectNoAxeViolations, useScheme } from './helpers';

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search the course' });
const resultsOf = (scope: Locator) => scope.getByRole('list', { name: 'Search results' }).locator(':scope > li');

async function openSearch(page: Page, path = 'openers/connect-first/') {
  await page.goto(path);
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  const dialog = dialogOf(page);
  await expect(dialog.getByRole('searchbox', { name: 'Search the course' })).toBeFocused();
  return dialog;
}

/** Types a query and waits for the status line that reports it. */
async function search(scope: Locator, text: string) {
  await scope.getByRole('searchbox').fill(text);
  await expect(scope.getByRole('status')).toContainText(`“${text}”`);
}

async function resultCount(scope: Locator): Promise<number> {
  const status = (await scope.getByRole('status').textContent()) ?? '';
  return status.startsWith('No results') ? 0 : Number(/^(\d+) results?/.exec(status)?.[1] ?? NaN);
}

test('"receptionist" lists the Press-0 lesson first', async ({ page }) => {
  const dialog = await openSearch(page);
  await search(dialog, 'receptionist');
  const first = resultsOf(dialog).first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/course\/voicemail\/press-zero\/\?highlight=receptionist$/);
  await expect(first).toContainText('Lesson · Voicemail');
  await expect(first.locator('mark').first()).toHaveText(/receptionist/i);
});

test('"magic wand" lists the opener case study first', async ({ page }) => {
  const dialog = await openSearch(page);
  await search(dialog, 'magic wand');
  await expect(resultsOf(dialog).first().getByRole('link').first()).toHaveAttribute('href', /\/course\/openers\/why-clever-openers-fail\/\?/);
});

test('the module and kind filters narrow the results', async ({ page }) => {
  const dialog = await openSearch(page);
  await search(dialog, 'call');
  const all = await resultCount(dialog);

  const module = dialog.getByRole('combobox', { name: 'Module' });
  await module.selectOption('1. Openers that earn a conversation');
  await expect(dialog.getByRole('status')).toContainText('with the chosen filters');
  const narrowed = await resultCount(dialog);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  for (const meta of await resultsOf(dialog).locator('.search-result-meta').allTextContents()) expect(meta).toContain('Openers that earn a conversation');

  await module.selectOption('');
  await dialog.getByRole('checkbox', { name: 'Glossary' }).check();
  await expect(dialog.getByRole('status')).toHaveText('1 result for “call” with the chosen filters.');
  await expect(resultsOf(dialog).first().getByRole('link').first()).toHaveText('Glossary');
});

test('a heading sub-result lands on that heading, with the terms marked', async ({ page }) => {
  const dialog = await openSearch(page);
  await search(dialog, 'receptionist');
  const section = resultsOf(dialog).first().getByRole('list').getByRole('link').first();
  const heading = (await section.textContent()) ?? '';
  const href = (await section.getAttribute('href')) ?? '';
  expect(href).toMatch(/\?highlight=receptionist#[\w-]+$/);

  await section.click();
  await expect(page).toHaveURL(href);
  const target = page.locator(':target');
  await expect(target).toHaveText(heading);
  await expect(target).toBeInViewport();
  await expect(page.locator('main mark.search-hit').first()).toHaveText(/receptionist/i);
});

test('the whole flow works by keyboard alone, and Escape returns focus', async ({ page }) => {
  await page.goto('openers/connect-first/');
  const link = page.getByRole('link', { name: 'Search', exact: true });
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();

  await page.keyboard.press('Enter');
  const dialog = dialogOf(page);
  const box = dialog.getByRole('searchbox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.type('magic wand');
  await expect(dialog.getByRole('status')).toContainText('“magic wand”');
  const links = resultsOf(dialog).getByRole('link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/course\/openers\/why-clever-openers-fail\/\?highlight=magic&highlight=wand$/);
  await expect(page.locator('main mark.search-hit').first()).toHaveText(/magic/i);
});

test('/search?q=voicemail shows results on load, and the address follows the search', async ({ page }) => {
  await page.goto('search/?q=voicemail');
  const main = page.locator('.search-page');
  await expect(main.getByRole('searchbox', { name: 'Search for' })).toHaveValue('voicemail');
  await expect(main.getByRole('status')).toContainText(/\d+ results? for “voicemail”/);
  await expect(resultsOf(main).first().getByRole('link').first()).toHaveAttribute('href', /highlight=voicemail/);

  await main.getByRole('searchbox').fill('ladder');
  await expect(main.getByRole('status')).toContainText('“ladder”');
  await expect(page).toHaveURL(/\/search\/\?q=ladder$/);

  await page.goto('search/?q=call&kind=Glossary');
  await expect(main.getByRole('checkbox', { name: 'Glossary' })).toBeChecked();
  await expect(main.getByRole('status')).toHaveText('1 result for “call” with the chosen filters.');

  await page.goto(`search/?q=call&module=${encodeURIComponent('2. Voicemail is where the search begins')}`);
  await expect(main.getByRole('combobox', { name: 'Module' })).toHaveValue('2. Voicemail is where the search begins');
  await expect(main.getByRole('status')).toContainText('with the chosen filters');
});

test('the filters offer exactly the modules and kinds the index holds', async ({ page }) => {
  const dialog = await openSearch(page);
  const values = async (selector: string) =>
    (await dialog.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).filter(Boolean).sort();
  const inIndex = await page.evaluate(async (bundle) => {
    const pagefind = await import(bundle);
    const filters = (await pagefind.filters()) as Record<string, Record<string, number>>;
    return { module: Object.keys(filters['module'] ?? {}).sort(), type: Object.keys(filters['type'] ?? {}).sort() };
  }, `${base}pagefind/pagefind.js`);
  // Modules in course order, numbered as in the outline.
  const modules = readdirSync('content/modules')
    .map((f) => parse(readFileSync(`content/modules/${f}`, 'utf8')) as { title: string; order: number })
    .sort((a, b) => a.order - b.order)
    .map((m, i) => `${i + 1}. ${m.title}`);
  const options = dialog.getByRole('combobox', { name: 'Module' }).locator('option');
  await expect(options).toHaveText(['All modules', ...modules]);
  expect([...modules].sort()).toEqual(inIndex.module);
  expect(await values('input[name=kind]')).toEqual(inIndex.type);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header link leads to the search page, which says what to do instead', async ({ page }) => {
    await page.goto('openers/connect-first/');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/course\/search\/$/);
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.locator('.search-page').getByRole('link', { name: 'glossary' })).toHaveAttribute('href', '/course/glossary/');
  });

  test('the search page form sends its filters too (they sit after the form, joined by form="…")', async ({ page }) => {
    await page.goto('search/');
    const main = page.locator('.search-page');
    await main.getByRole('searchbox', { name: 'Search for' }).fill('call');
    await main.getByRole('combobox', { name: 'Module' }).selectOption('1. Openers that earn a conversation');
    await main.getByRole('checkbox', { name: 'Glossary' }).check();
    await main.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/course\/search\/\?q=call&module=1\.\+Openers\+that\+earn\+a\+conversation&kind=Glossary$/);
  });
});

for (const offline of [false, true]) {
  test(`the dialog fetches the rest of its panel on first open, slowly: what was typed meanwhile is searched${offline ? ', offline on the search page' : ''}`, async ({
    page,
  }) => {
    await page.goto('openers/connect-first/');
    expect(
      await page.locator('template[data-search-template]').evaluate((t) => (t as HTMLTemplateElement).content.querySelector('[role=status], select')),
    ).toBeNull();
    let typed = () => {};
    const done = new Promise<void>((resolve) => (typed = resolve));
    await page.route('**/search/panel/', async (route) => {
      await done;
      await (offline ? route.abort('internetdisconnected') : route.continue());
    });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('ladder');
    typed();
    if (offline) await expect(page).toHaveURL(/\/course\/search\/\?q=ladder$/);
    const scope = offline ? page.locator('.search-page') : dialogOf(page);
    await expect(scope.getByRole('status')).toContainText('“ladder”');
  });
}

test('no results says so and suggests the glossary and starting lessons', async ({ page }) => {
  const dialog = await openSearch(page);
  await search(dialog, 'zeppelin');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zeppelin”.');
  await expect(dialog.getByRole('link', { name: 'Glossary' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Why the clever opener fails' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Dead end or starting point' })).toBeVisible();
});

/** Every text in the quiz files that is an answer, feedback or explanation, as plain words. */
function answerTexts(): { feedback: string[]; options: string[] } {
  const feedback: string[] = [];
  const options: string[] = [];
  const words = (s: string) =>
    s
      .replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const walk = (node: unknown, key: string, skip: unknown): void => {
    if (typeof node === 'string') {
      if (['feedback', 'explanation', 'ending', 'model'].includes(key)) feedback.push(words(node));
      else if (['text', 'label', 'line', 'items'].includes(key) && node !== skip) options.push(words(node));
    } else if (Array.isArray(node)) node.forEach((n) => walk(n, key, skip));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      // A dialogue's opening line is shown as its scene, and indexed as such.
      const opening = typeof record['start'] === 'string' ? (record['nodes'] as Record<string, { line?: string }>)[record['start']]?.line : skip;
      for (const [k, v] of Object.entries(record)) if (k !== 'prompt' && k !== 'scene' && k !== 'title') walk(v, k, opening);
    }
  };
  for (const file of readdirSync('content/quizzes').filter((f) => f.endsWith('.yaml')))
    walk(parse(readFileSync(`content/quizzes/${file}`, 'utf8')), '', undefined);
  const long = (list: string[]) => [...new Set(list.filter((s) => s.split(' ').length >= 5))];
  return { feedback: long(feedback), options: long(options) };
}

test('quiz answers and feedback are not in the index', async ({ page }) => {
  const { feedback, options } = answerTexts();
  expect(feedback.length).toBeGreaterThan(50);
  expect(options.length).toBeGreaterThan(50);

  // As a learner would: paste a feedback text into search.
  const dialog = await openSearch(page, 'voicemail/press-zero/');
  await search(dialog, feedback.find((f) => f.length < 120) ?? '');
  await expect(dialog.getByRole('status')).toHaveText(/^No results for/);

  // Then every one, as an exact phrase: feedback anywhere, option texts among practice records
  // (an option may quote a lesson line word for word; practice records come only from quizzes).
  const leaks = await page.evaluate(
    async ({ feedback, options, bundle }) => {
      const pagefind = await import(bundle);
      const found: string[] = [];
      for (const text of feedback) if ((await pagefind.search(`"${text}"`)).results.length) found.push(text);
      for (const text of options) if ((await pagefind.search(`"${text}"`, { filters: { type: 'Practice' } })).results.length) found.push(text);
      return found;
    },
    { feedback, options, bundle: `${base}pagefind/pagefind.js` },
  );
  expect(leaks).toEqual([]);
});

test('the 404 and search pages are not indexed', async ({ page }) => {
  const dialog = await openSearch(page);
  // Words only those pages use: "mistyped" (404) and "JavaScript" (the search page's note).
  for (const text of ['mistyped', 'JavaScript']) {
    await search(dialog, text);
    await expect(dialog.getByRole('status')).toHaveText(`No results for “${text}”.`);
  }
});

test('no search code or index loads before search opens; the first query is measured', async ({ page }, info) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  type Phase = 'page' | 'open' | 'query';
  let phase = 'page' as Phase;
  const requests = new Map<string, { url: string; phase: Phase; bytes: number }>();
  let engineLoaded: () => void = () => undefined;
  const engine = new Promise<void>((resolve) => (engineLoaded = resolve));
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, phase, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
    // The WebAssembly is the last and largest piece of the engine fetched on open.
    if (r?.url.includes('/pagefind/wasm.')) engineLoaded();
  });

  await page.goto('openers/connect-first/', { waitUntil: 'networkidle' });
  const before = [...requests.values()].map((r) => new URL(r.url).pathname);
  expect(before.filter((p) => /pagefind|search/i.test(p))).toEqual([]);

  phase = 'open';
  await page.keyboard.press('Control+k');
  const dialog = dialogOf(page);
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await engine;
  phase = 'query';
  // One input event, so the figure is one query's (typing letter by letter may also search half-words).
  await dialog.getByRole('searchbox').fill('receptionist');
  await expect(dialog.getByRole('status')).toContainText('“receptionist”');
  await page.waitForLoadState('networkidle');

  const sum = (p: Phase) => [...requests.values()].filter((r) => r.phase === p).reduce((n, r) => n + r.bytes, 0);
  const [open, query] = [sum('open'), sum('query')];
  info.annotations.push({ type: 'wire bytes', description: `open (UI + engine): ${open}, first query (index + results): ${query}, total: ${open + query}` });
  console.log(`Search wire bytes: open ${open}, first query ${query}, total ${open + query}`);
  // The query itself (index chunk and result fragments) stays inside the 110 KB budget on its own.
  expect(query).toBeLessThanOrEqual(110 * 1024);

  // A later search, everything loaded: time from the last keystroke to the results (reported, not asserted).
  await dialog.getByRole('searchbox').fill('');
  await page.evaluate(() => {
    let last = 0;
    document.addEventListener('keydown', () => (last = performance.now()), true);
    const status = document.querySelector('.search-dialog [data-search-status]')!;
    (window as unknown as { searchMs: Promise<number> }).searchMs = new Promise((resolve) =>
      new MutationObserver(() => status.textContent?.includes('“magic wand”') && resolve(performance.now() - last)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      }),
    );
  });
  await page.keyboard.type('magic wand', { delay: 30 });
  const ms = await page.evaluate(() => (window as unknown as { searchMs: Promise<number> }).searchMs);
  info.annotations.push({ type: 'last keystroke to results', description: `${Math.round(ms)} ms` });
  console.log(`Search timing: results ${Math.round(ms)} ms after the last keystroke`);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the dialog with results, ${scheme}`, async ({ page }) => {
    await useScheme(page, scheme);
    const dialog = await openSearch(page);
    await search(dialog, 'receptionist');
    await expect(resultsOf(dialog).first().getByRole('list')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe: the search page with no results, ${scheme}`, async ({ page }) => {
    await useScheme(page, scheme);
    await page.goto('search/?q=zeppelin');
    await expect(page.locator('.search-page').getByRole('status')).toHaveText('No results for “zeppelin”.');
    await expectNoAxeViolations(page);
  });
}
