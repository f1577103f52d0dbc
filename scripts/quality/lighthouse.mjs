// @ts-check
// Lighthouse runs for the benchmark: the CLI of the installed lighthouse
// package, one fresh headless Chromium per run (so no run warms the next),
// mobile (the default: simulated slow 4G and a mid-range phone CPU) or
// desktop (its desktop preset), the four scored categories. A page's figure
// is the median of its runs, metric by metric.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = /** @type {const} */ ({
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
});

/**
 * @typedef {object} LighthouseFigures
 * @property {Record<string, number | null>} scores 0–100 per category
 * @property {{ fcp: number, lcp: number, tbt: number, cls: number }} metrics ms, except CLS
 * @property {string[]} failing scored audits below 1, as "category: audit title"
 */

/** The figures the benchmark reports from one Lighthouse JSON report. @param {any} report @returns {LighthouseFigures} */
export function figuresOf(report) {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, report.categories[id]?.score == null ? null : Math.round(report.categories[id].score * 100)]));
  const metric = (/** @type {string} */ id) => Number(report.audits[id]?.numericValue ?? NaN);
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of report.categories[id]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${id}: ${audit.title}`);
    }
  }
  return {
    scores,
    metrics: { fcp: metric(METRICS.fcp), lcp: metric(METRICS.lcp), tbt: metric(METRICS.tbt), cls: metric(METRICS.cls) },
    failing,
  };
}

/** Middle value (mean of the two middle ones for an even count). @param {number[]} values */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Median of several runs, each score and metric on its own; failing audits from any run. @param {LighthouseFigures[]} runs @returns {LighthouseFigures} */
export function medianFigures(runs) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const values = runs.map((r) => r.scores[id]).filter((v) => typeof v === 'number');
      return [id, values.length ? median(values) : null];
    }),
  );
  /** @param {keyof LighthouseFigures['metrics']} key */
  const m = (key) => median(runs.map((r) => r.metrics[key]));
  return { scores, metrics: { fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls') }, failing: [...new Set(runs.flatMap((r) => r.failing))] };
}

/**
 * One Lighthouse run; the JSON report is written to `outputPath`.
 * @param {{ url: string, formFactor: 'mobile' | 'desktop', chromePath: string | undefined, outputPath: string }} options
 * @returns {Promise<LighthouseFigures>}
 */
export function runLighthouse({ url, formFactor, chromePath, outputPath }) {
  const args = [
    cli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--max-wait-for-load=30000',
  ];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`lighthouse ${formFactor} ${url} exited ${code}: ${errors.trim().slice(-500)}`));
      try {
        const report = JSON.parse(readFileSync(outputPath, 'utf8'));
        if (report.runtimeError) return fail(new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`));
        done(figuresOf(report));
      } catch (error) {
        fail(error);
      }
    });
  });
}
