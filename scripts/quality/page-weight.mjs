// @ts-check
// What a page costs a learner: bytes over the wire as Chromium counts them
// (Playwright's request.sizes(), from CDP: compressed body plus HTTP headers,
// the figure Lighthouse calls transfer size), and the raw and gzip
// sizes of its HTML, CSS and JavaScript, inline code included. Used by the
// benchmark and by tests/e2e/budgets.spec.ts, against scripts/serve-dist.mjs.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @typedef {'html' | 'css' | 'js' | 'other'} Kind */
/**
 * @typedef {object} Request
 * @property {string} url
 * @property {Kind} kind
 * @property {number} status
 * @property {number} wire encoded bytes received, headers included
 * @property {Buffer | undefined} body decoded body
 * @property {boolean} failed
 */
/**
 * @typedef {object} Weight
 * @property {Record<Kind, { raw: number, gzip: number, wire: number, inlineBrotli: number }>} byKind
 *   wire: measured for files fetched; inline code travels inside the HTML's
 *   wire bytes, so inlineBrotli estimates its share (brotli of the text alone)
 * @property {number} wire every byte received
 * @property {number} requests
 * @property {Request[]} list
 */

/** @param {Buffer | string} body */
export const gzipBytes = (body) => gzipSync(body, { level: 9 }).length;
/** @param {Buffer | string} body */
export const brotliBytes = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Playwright resource types to the four kinds reported. @param {string} type */
export function kindOf(type) {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

/**
 * Bytes a response took on the wire. Chromium reports the body of a worker's
 * own script to the worker, not the page, so the page sees 0 for it: then the
 * Content-Length (the encoded size; serve-dist.mjs always sends it) stands in.
 * @param {{ responseHeadersSize: number, responseBodySize: number }} sizes
 * @param {Record<string, string>} headers
 */
export function wireBytes(sizes, headers) {
  const body = sizes.responseBodySize || Number(headers['content-length'] ?? 0);
  return Math.max(0, sizes.responseHeadersSize) + body;
}

/**
 * Records every request a page makes from now on (worker fetches included).
 * A fresh browser context has an empty cache, so a first visit is measured.
 * @param {import('@playwright/test').Page} page
 */
export function recordNetwork(page) {
  /** @type {Request[]} */
  let requests = [];
  /** @type {Promise<void>[]} */
  const pendingWork = [];
  /** @type {Map<import('@playwright/test').Request, string>} in flight → URL */
  const pending = new Map();
  let lastActivity = Date.now();
  const touch = () => void (lastActivity = Date.now());

  /** @param {import('@playwright/test').Request} request */
  const onRequest = (request) => {
    // A navigation abandons the previous page's requests, not all of which report back.
    if (request.resourceType() === 'document' && request.frame() === page.mainFrame()) pending.clear();
    pending.set(request, request.url());
    touch();
  };
  /** @param {import('@playwright/test').Request} request */
  const onFinished = (request) => {
    const list = requests;
    pendingWork.push(
      (async () => {
        const response = await request.response();
        const kind = kindOf(request.resourceType());
        /** @type {Request} */
        const entry = { url: request.url(), kind, status: response?.status() ?? 0, wire: 0, body: undefined, failed: false };
        if (response) {
          entry.wire = wireBytes(await request.sizes(), await response.allHeaders());
          if (kind !== 'other' && response.status() < 300) entry.body = await response.body().catch(() => undefined);
        }
        list.push(entry);
      })().finally(() => {
        pending.delete(request);
        touch();
      }),
    );
  };
  /** @param {import('@playwright/test').Request} request */
  const onFailed = (request) => {
    pending.delete(request);
    touch();
    requests.push({ url: request.url(), kind: kindOf(request.resourceType()), status: 0, wire: 0, body: undefined, failed: true });
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);

  return {
    /** Requests finished so far, with their bodies. */
    async requests() {
      await Promise.all(pendingWork);
      return [...requests];
    },
    /**
     * Waits until nothing has been in flight for `quietMs`. Playwright's
     * networkidle resolves at once when it was reached before, which misses
     * what a scroll or a keystroke loads later.
     */
    async settle(quietMs = 500, timeoutMs = 15_000) {
      const start = Date.now();
      while (pending.size > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() - start > timeoutMs) throw new Error(`network still busy after ${timeoutMs} ms: ${[...pending.values()].join(', ')}`);
        await new Promise((done) => setTimeout(done, 50));
      }
      await Promise.all(pendingWork);
    },
    /** Forget what was recorded (to count only what a later action loads). */
    reset() {
      requests = [];
    },
    detach() {
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
    },
  };
}

/**
 * Waits until the page's own scripts have started: they wait for its first
 * paint (AfterPaint.astro), so a page that has loaded may not have them yet.
 * @param {import('@playwright/test').Page} page
 */
export async function pageScriptsStarted(page) {
  await page.waitForFunction(() => !document.querySelector('template[data-after-paint]'), null, { timeout: 10_000 });
}

/** Scrolls through the page, a screen at a time, so lazily loaded parts (quiz views) load. @param {import('@playwright/test').Page} page */
export async function scrollThrough(page) {
  for (let i = 0; i < 300; i++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    // Two frames or more, so every IntersectionObserver sees each screen.
    await page.waitForTimeout(60);
    if (done) break;
  }
}

/**
 * Totals requests by kind. Inline <script> and <style> count as JS and CSS.
 * @param {Request[]} list
 * @param {{ scripts: string[], styles: string[] }} inline
 * @returns {Weight}
 */
export function summarise(list, inline) {
  const zero = () => ({ raw: 0, gzip: 0, wire: 0, inlineBrotli: 0 });
  /** @type {Weight['byKind']} */
  const byKind = { html: zero(), css: zero(), js: zero(), other: zero() };
  for (const r of list) {
    const k = byKind[r.kind];
    k.wire += r.wire;
    if (r.body) {
      k.raw += r.body.length;
      k.gzip += gzipBytes(r.body);
    }
  }
  for (const [kind, texts] of /** @type {const} */ ([
    ['js', inline.scripts],
    ['css', inline.styles],
  ])) {
    for (const text of texts) {
      byKind[kind].raw += Buffer.byteLength(text);
      byKind[kind].gzip += gzipBytes(text);
      byKind[kind].inlineBrotli += brotliBytes(text);
    }
  }
  return { byKind, wire: list.reduce((sum, r) => sum + r.wire, 0), requests: list.length, list };
}

/** Inline scripts (JavaScript only, not JSON data) and styles in the page. @param {import('@playwright/test').Page} page */
export function inlineCode(page) {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
}

/**
 * Loads `url` as a first visit, scrolls through it, and weighs everything it fetched.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
export async function weighPage(page, url) {
  const net = recordNetwork(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  await net.settle();
  await scrollThrough(page);
  await net.settle();
  const weight = summarise(await net.requests(), await inlineCode(page));
  net.detach();
  return { status: response?.status() ?? 0, ...weight };
}
