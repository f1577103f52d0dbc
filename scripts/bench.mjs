// @ts-check
// `npm run bench`: how close the course comes to a plain HTML page. Builds the
// site into a temporary folder (dist/ is left alone), serves it with brotli,
// and reports as tables on stdout and as JSON in bench-results/bench.json:
//   - per page type: HTML, CSS, JS bytes (raw, gzip), bytes over the wire, requests
//   - the first search's bytes over the wire
//   - Lighthouse 13, mobile and desktop, median of 3 interleaved runs: four scores, FCP,
//     LCP, TBT, CLS, each page type's FCP and LCP also as a ratio to the floor's (a bare
//     page of the same lesson text, scripts/quality/floor-page.mjs, measured in the same runs)
//   - the lesson document's weight (raw, brotli) against the first round trip
//   - build wall time and peak memory, and one page's HTML size, for the real
//     course and synthetic courses of 200 and 1,000 lessons
//   - the team board with 100 reports: dropped at once, and reloaded with them kept (ms)
// Options: --runs N (Lighthouse runs per page, default 3), --sizes 200,1000,
// --no-lighthouse, --json <file>, --keep (keep the temporary folder),
// --strict (exit 1 when a budget is missed).
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { browserLaunchOptions, systemChromium } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';
import { writeSyntheticCourse } from './synthetic-course.mjs';
import { BUDGETS, FIRST_ROUND_TRIP_BYTES, jsWire } from './quality/budgets.mjs';
import { FLOOR_PATH, floorPage } from './quality/floor-page.mjs';
import { weighFirstSearch } from './quality/first-search.mjs';
import { benchTeamBoard } from './quality/team-board-bench.mjs';
import { medianFigures, runLighthouse } from './quality/lighthouse.mjs';
import { runMeasured } from './quality/measure-process.mjs';
import { choosePages, distReader, hasQuiz, isLesson, outlineLessons, PAGE_TYPES } from './quality/page-types.mjs';
import { gzipBytes, weighPage } from './quality/page-weight.mjs';
import { budgetLine, memory, num, seconds, table } from './quality/report.mjs';
import { sitemapPaths } from './quality/sitemap.mjs';

const BASE = '/course/';
const QUERY = 'voicemail';
const project = join(import.meta.dirname, '..');

const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? /** @type {string} */ (args[i + 1]) : fallback;
};
const runs = Number(option('--runs', '3'));
const sizes = option('--sizes', '200,1000').split(',').filter(Boolean).map(Number);
const withLighthouse = !args.includes('--no-lighthouse');
const jsonPath = option('--json', join(project, 'bench-results/bench.json'));

const packageVersion = (/** @type {string} */ name) => JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'warm-open-bench-'));
const log = (/** @type {string} */ message) => console.error(`[bench] ${message}`);

/**
 * @typedef {{ wallMs: number, peakBytes: number | null }} Step
 * @typedef {{ bytes: number, gzip: number, brotli: number, path: string }} HtmlSize
 * @typedef {{ course: string, lessons: number, astro: Step, pagefindMs: number | null, totalMs: number, peakBytes: number | null,
 *   html: { lesson: HtmlSize | null, quizLesson: HtmlSize | null, homeBytes: number, lessons: number, outlineMost: number }, lessonsPerModule?: number }} Build
 * @typedef {import('./quality/lighthouse.mjs').LighthouseFigures & { runs: import('./quality/lighthouse.mjs').LighthouseFigures[] }} LighthouseResult
 * @typedef {{ missing: true } | (Omit<Awaited<ReturnType<typeof weighPage>>, 'list'> & { path: string, note?: string, jsWire: number, files: object[] })} PageResult
 * @typedef {{ date: string, node: string, astro: string, lighthouse: string, chromium: string, cpus: number, memory: number, loadBefore: number, loadAfter: number, lighthouseRuns: number, minutes: number }} Meta
 * @typedef {{ ok: boolean, text: string }} Budget
 * @typedef {'floor' | import('./quality/page-types.mjs').PageType} MeasuredType the page types and the floor they are measured against
 * @typedef {{ meta: Meta, pages: Record<string, PageResult>, firstSearch: Awaited<ReturnType<typeof weighFirstSearch>>,
 *   teamBoard: Awaited<ReturnType<typeof benchTeamBoard>>, lighthouse: Record<string, Record<string, LighthouseResult>>, builds: Build[], budgets: Budget[] }} Result
 */

/**
 * astro build into `outDir` (cold: a fresh cache), measured; it writes the
 * Pagefind index too (src/integrations/pagefind.mjs), whose time it logs.
 * @param {{ name: string, outDir: string, content: string | undefined }} site
 * @returns {Promise<Omit<Build, 'course' | 'lessons' | 'html'>>}
 */
async function buildSite({ name, outDir, content }) {
  const env = {
    ...process.env,
    BASE_PATH: BASE,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    WARM_OPEN_CACHE_DIR: join(work, `cache-${name}`),
    ...(content ? { WARM_OPEN_CONTENT: content } : {}),
  };
  log(`building ${name}…`);
  const astro = await runMeasured(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: project, env });
  if (astro.code !== 0) throw new Error(`astro build (${name}) failed:\n${astro.output.slice(-3000)}`);
  const indexed = /Search index: .* in ([\d.]+) s/.exec(astro.output);
  return {
    astro: { wallMs: astro.wallMs, peakBytes: astro.peakBytes },
    pagefindMs: indexed ? Number(indexed[1]) * 1000 : null,
    totalMs: astro.wallMs,
    peakBytes: astro.peakBytes,
  };
}

/**
 * Largest lesson page HTML without and with a quiz, and the home page, in a build; how many lesson pages
 * it has and the most lessons any one outline lists (the outline lists the current module's, not the course's).
 * @param {string} dist
 */
function htmlSizes(dist) {
  /** @type {Build['html']} */
  const sizesFound = { lesson: null, quizLesson: null, homeBytes: readFileSync(join(dist, 'index.html')).length, lessons: 0, outlineMost: 0 };
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const html = readFileSync(path, 'utf8');
        if (!isLesson(html)) continue;
        sizesFound.lessons++;
        sizesFound.outlineMost = Math.max(sizesFound.outlineMost, outlineLessons(html));
        const key = hasQuiz(html) ? 'quizLesson' : 'lesson';
        const bytes = Buffer.byteLength(html);
        if (bytes > (sizesFound[key]?.bytes ?? -1))
          sizesFound[key] = { bytes, gzip: gzipBytes(html), brotli: brotliBytes(html), path: `${relative(dist, dirname(path))}/` };
      }
    }
  };
  walk(dist);
  return sizesFound;
}

/** Brotli at quality 11, as scripts/serve-dist.mjs sends it. @param {string} text */
const brotliBytes = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function main() {
  const started = Date.now();
  // Timings mean little on a busy machine; the report says how busy it was.
  const loadBefore = loadavg()[0] ?? 0;
  // The same Chromium the browser tests use, installed the same way when missing.
  if (spawnSync('bash', [join(project, 'scripts/ensure-browser.sh')], { stdio: 'inherit' }).status !== 0)
    throw new Error('no Chromium to measure with (see above)');
  // Lighthouse drives the same binary as the page-weight runs (browser.mjs: CHROMIUM_PATH, Playwright's own, the system's).
  const bundled = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  const chromePath = process.env['CHROMIUM_PATH'] || (existsSync(bundled) ? bundled : systemChromium());

  // 1. The real course, as deployed under the sub-path.
  const realDist = join(work, 'real');
  const realBuild = await buildSite({ name: 'real', outDir: realDist, content: undefined });
  const read = distReader(realDist);
  const paths = sitemapPaths(realDist, BASE);
  const picks = choosePages({ paths, read, base: BASE });
  /** @type {Build[]} */
  const builds = [{ course: 'real course', lessons: paths.filter((p) => isLesson(read(p) ?? '')).length, ...realBuild, html: htmlSizes(realDist) }];
  // The floor (after the sizes above, which it must not join): the lesson with practice as a bare
  // page of its text, served by the same server.
  const floorSource = picks['quiz lesson'];
  if ('missing' in floorSource) throw new Error('no lesson with practice to make the floor page from');
  mkdirSync(join(realDist, FLOOR_PATH), { recursive: true });
  writeFileSync(join(realDist, FLOOR_PATH, 'index.html'), floorPage(read(floorSource.path) ?? ''));
  /** @type {Record<MeasuredType, import('./quality/page-types.mjs').Pick>} */
  const measured = { floor: { path: FLOOR_PATH, note: `the text of /${floorSource.path} in a bare page: no scripts, no styles` }, ...picks };
  const MEASURED = /** @type {MeasuredType[]} */ (Object.keys(measured));

  const server = await serveDist({ root: realDist, base: BASE });
  const browser = await chromium.launch(browserLaunchOptions());
  try {
    // 2. Page weight per type: a first visit, scrolled through so lazy quiz views load.
    /** @type {Result['pages']} */
    const pages = {};
    for (const type of MEASURED) {
      const pick = measured[type];
      if ('missing' in pick) {
        pages[type] = { missing: true };
        continue;
      }
      log(`weighing ${type} (/${pick.path})…`);
      const context = await browser.newContext();
      const weight = await weighPage(await context.newPage(), server.url + pick.path);
      await context.close();
      const { list: requests, ...figures } = weight;
      pages[type] = {
        ...pick,
        ...figures,
        jsWire: jsWire(weight),
        files: requests.map((r) => ({ url: r.url.replace(server.url, BASE), kind: r.kind, status: r.status, wire: r.wire })),
      };
    }

    // 3. The first search.
    log('weighing the first search…');
    const context = await browser.newContext();
    const firstSearch = await weighFirstSearch(await context.newPage(), server.url, QUERY);
    await context.close();

    // 3b. The team board with 100 reports (issue 20: "within a second on this machine").
    log('timing the team board with 100 reports…');
    const teamBoard = await benchTeamBoard(browser, server.url, 100);

    // 4. Lighthouse, one run at a time (they share two cores), interleaved: run i of every page
    // type, floor first, before run i + 1 of any, so a busy spell slows them all alike.
    /** @type {Result['lighthouse']} */
    const lighthouse = {};
    if (withLighthouse) {
      const reports = join(dirname(jsonPath), 'lighthouse');
      mkdirSync(reports, { recursive: true });
      const types = MEASURED.filter((type) => !('missing' in measured[type]));
      for (const formFactor of /** @type {const} */ (['mobile', 'desktop'])) {
        /** @type {Record<string, (import('./quality/lighthouse.mjs').LighthouseFigures & { outputPath: string })[]>} */
        const figures = Object.fromEntries(types.map((type) => [type, []]));
        for (let i = 0; i < runs; i++) {
          for (const type of types) {
            log(`Lighthouse ${formFactor} ${i + 1}/${runs}, ${type}…`);
            const outputPath = join(work, `lh-${type.replace(' ', '-')}-${formFactor}-${i}.json`);
            const url = server.url + /** @type {{ path: string }} */ (measured[type]).path;
            figures[type]?.push({ ...(await runLighthouse({ url, formFactor, chromePath, outputPath })), outputPath });
          }
        }
        for (const type of types) {
          const runsOfType = figures[type] ?? [];
          const median = medianFigures(runsOfType);
          // Keep the report of the run nearest the median LCP, to read when a score drops.
          const nearest = runsOfType.reduce((best, f) =>
            Math.abs(f.metrics.lcp - median.metrics.lcp) < Math.abs(best.metrics.lcp - median.metrics.lcp) ? f : best,
          );
          copyFileSync(nearest.outputPath, join(reports, `${type.replace(' ', '-')}-${formFactor}.json`));
          (lighthouse[type] ??= {})[formFactor] = { ...median, runs: runsOfType.map(({ outputPath: _, ...f }) => f) };
        }
      }
    }

    // 5. Synthetic courses: build cost and page size as the course grows.
    for (const lessons of sizes) {
      const dir = join(work, `synthetic-${lessons}`);
      const made = writeSyntheticCourse(join(dir, 'content'), { lessons });
      const build = await buildSite({ name: `synthetic-${lessons}`, outDir: join(dir, 'dist'), content: join(dir, 'content') });
      const html = htmlSizes(join(dir, 'dist'));
      if (html.lessons !== made.lessons) throw new Error(`synthetic course of ${made.lessons} lessons built ${html.lessons} lesson pages`);
      builds.push({ course: `synthetic, ${made.modules} modules`, lessons: made.lessons, ...build, html, lessonsPerModule: made.lessonsPerModule });
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
    }

    /** @type {Meta} */
    const meta = {
      date: new Date().toISOString(),
      node: process.version,
      astro: packageVersion('astro'),
      lighthouse: packageVersion('lighthouse'),
      chromium: browser.version(),
      cpus: cpus().length,
      memory: totalmem(),
      loadBefore: Math.round(loadBefore * 10) / 10,
      loadAfter: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      lighthouseRuns: withLighthouse ? runs : 0,
      minutes: 0,
    };
    meta.minutes = Math.round(((Date.now() - started) / 60000) * 10) / 10;
    const budgets = checkBudgets({ pages, firstSearch, teamBoard, lighthouse, builds });
    const result = { meta, pages, firstSearch, teamBoard, lighthouse, builds, budgets };
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
    console.log(render(result));
    console.log(
      `\nJSON: ${relative(process.cwd(), jsonPath)}${withLighthouse ? `; Lighthouse reports: ${relative(process.cwd(), join(dirname(jsonPath), 'lighthouse'))}/` : ''}`,
    );
    if (args.includes('--strict') && budgets.some((b) => !b.ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Every budget from the issue, measured or not.
 * @param {Pick<Result, 'pages' | 'firstSearch' | 'teamBoard' | 'lighthouse' | 'builds'>} result
 * @returns {Budget[]}
 */
function checkBudgets({ pages, firstSearch, teamBoard, lighthouse, builds }) {
  const lines = [];
  lines.push(budgetLine(`first search ("${firstSearch.query}"), bytes over the wire`, firstSearch.wire, BUDGETS.firstSearchWire));
  lines.push(budgetLine('team board, 100 reports dropped to table drawn, ms', teamBoard.dropMs, BUDGETS.teamBoard100Ms));
  lines.push(budgetLine('team board, reloaded with 100 kept, navigation to table drawn, ms', teamBoard.loadMs, BUDGETS.teamBoard100Ms));
  for (const type of PAGE_TYPES) {
    const page = pages[type];
    // The byte budgets are for reading pages (the issue's "lesson page"); search and progress are tools whose code is the point, as in the tests.
    if (!page || 'missing' in page || type === 'search' || type === 'progress') continue;
    const quiz = type === 'quiz lesson';
    lines.push(budgetLine(`${type}: bytes over the wire`, page.wire, quiz ? BUDGETS.quizLessonWire : BUDGETS.pageWire));
    if (!quiz) lines.push(budgetLine(`${type}: JavaScript over the wire before any search`, page.jsWire, BUDGETS.plainPageJs));
  }
  const floor = lighthouse['floor']?.['mobile'];
  const times = (/** @type {number} */ n) => `${n.toFixed(3)}x`;
  for (const [type, byForm] of Object.entries(lighthouse)) {
    if (type === 'floor') continue; // the reference, not a course page
    for (const [form, figures] of Object.entries(byForm)) {
      for (const [category, score] of Object.entries(figures.scores))
        lines.push(budgetLine(`Lighthouse ${form} ${category}, ${type}`, score, BUDGETS.score, { atLeast: true }));
      if (form === 'mobile') {
        const ratio = (/** @type {'fcp' | 'lcp'} */ m) => (floor ? figures.metrics[m] / floor.metrics[m] : NaN);
        lines.push(budgetLine(`Lighthouse mobile FCP, ${type}, to the floor's`, ratio('fcp'), BUDGETS.floorRatio, { format: times }));
        lines.push(budgetLine(`Lighthouse mobile LCP, ${type}, to the floor's`, ratio('lcp'), BUDGETS.floorRatio, { format: times }));
      }
    }
  }
  const lessonDoc = builds[0]?.html.quizLesson;
  if (lessonDoc)
    lines.push(
      budgetLine(`lesson document (/${lessonDoc.path}), brotli, within the first round trip`, lessonDoc.brotli, FIRST_ROUND_TRIP_BYTES, { unit: ' bytes' }),
    );
  const at1000 = builds.find((b) => b.lessons === 1000);
  if (at1000) {
    lines.push(budgetLine('build of 1,000 lessons (astro + Pagefind), wall', at1000.totalMs, BUDGETS.build1000WallMs, { format: seconds }));
    lines.push(budgetLine('build of 1,000 lessons, peak memory', at1000.peakBytes, BUDGETS.build1000PeakBytes, { format: memory }));
    lines.push(budgetLine('one lesson page HTML at 1,000 lessons (no quiz)', at1000.html.lesson?.bytes, BUDGETS.lessonHtmlAt1000, { unit: ' bytes' }));
    lines.push(budgetLine("most lessons one outline lists at 1,000 lessons (one module's)", at1000.html.outlineMost, at1000.lessonsPerModule ?? 0));
  }
  return lines;
}

/**
 * Each measured page's FCP and LCP beside their ratio to the floor's, per form factor.
 * @param {Result['lighthouse']} lighthouse
 */
function floorRatios(lighthouse) {
  const ratio = (/** @type {number} */ value, /** @type {number | undefined} */ floor) => (floor ? `${(value / floor).toFixed(2)}x` : 'n/a');
  return Object.entries(lighthouse).flatMap(([type, byForm]) =>
    Object.entries(byForm).map(([form, f]) => {
      const floor = lighthouse['floor']?.[form]?.metrics;
      return [type, form, num(f.metrics.fcp), ratio(f.metrics.fcp, floor?.fcp), num(f.metrics.lcp), ratio(f.metrics.lcp, floor?.lcp)];
    }),
  );
}

/**
 * The report as text tables.
 * @param {Result} result
 */
function render({ meta, pages, firstSearch, teamBoard, lighthouse, builds, budgets }) {
  const out = [];
  out.push(
    `Warm Open benchmark, ${meta.date.slice(0, 16).replace('T', ' ')} UTC: Astro ${meta.astro}, Lighthouse ${meta.lighthouse}, Chromium ${meta.chromium}, Node ${meta.node}, ${meta.cpus} cores, ${meta.minutes} min`,
  );
  const load = Math.max(meta.loadBefore, meta.loadAfter);
  if (load > meta.cpus)
    out.push(
      `⚠ The machine was busy (load average ${meta.loadBefore} before, ${meta.loadAfter} after, on ${meta.cpus} cores): timings and Lighthouse figures run slow; bytes are unaffected.`,
    );
  out.push('\nPage weight: a first visit, scrolled to the end, served with brotli (bytes)');
  const pageRows = Object.keys(pages).map((type) => {
    const p = pages[type];
    if (!p || 'missing' in p) return [type, 'missing', '', '', '', '', '', ''];
    const k = p.byKind;
    return [
      type,
      `/${p.path}${p.note ? ' †' : ''}`,
      `${num(k.html.raw)} / ${num(k.html.gzip)}`,
      `${num(k.css.raw)} / ${num(k.css.gzip)}`,
      `${num(k.js.raw)} / ${num(k.js.gzip)}`,
      num(p.jsWire),
      num(p.wire),
      num(p.requests),
    ];
  });
  out.push(table(['page', 'path', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'JS wire', 'total wire', 'requests'], pageRows));
  const notes = Object.keys(pages).flatMap((t) => {
    const p = pages[t];
    return p && !('missing' in p) && p.note ? [`† ${t}: ${p.note}`] : [];
  });
  if (notes.length) out.push(notes.join('\n'));
  out.push('JS wire: script files as received plus inline scripts at their brotli size. Total wire: every response, headers included.');
  out.push(
    `\nFirst search ("${firstSearch.query}", through ${firstSearch.method}): ${num(firstSearch.wire)} bytes over the wire in ${num(firstSearch.requests)} requests, from opening search to its results, on top of the page`,
  );

  out.push(
    `\nTeam board, ${teamBoard.reports} reports (${num(teamBoard.bytes)} bytes of files): dropped at once to the table drawn ${num(teamBoard.dropMs)} ms; the page reloaded with them kept, navigation to the table drawn ${num(teamBoard.loadMs)} ms`,
  );
  if (Object.keys(lighthouse).length) {
    out.push(`\nLighthouse ${meta.lighthouse}, median of ${meta.lighthouseRuns} (mobile: simulated slow 4G and mid-range phone; desktop preset)`);
    const rows = [];
    for (const [type, byForm] of Object.entries(lighthouse)) {
      for (const [form, f] of Object.entries(byForm)) {
        const s = f.scores;
        rows.push([
          type,
          form,
          num(s.performance),
          num(s.accessibility),
          num(s['best-practices']),
          num(s.seo),
          num(f.metrics.fcp),
          num(f.metrics.lcp),
          num(f.metrics.tbt),
          num(f.metrics.cls, 3),
        ]);
      }
    }
    out.push(table(['page', 'form', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'], rows));
    out.push(
      `\nAgainst the floor (${pages['floor'] && !('missing' in pages['floor']) ? pages['floor'].note : 'a bare page of the lesson text'}), median of ${meta.lighthouseRuns}, interleaved`,
    );
    out.push(table(['page', 'form', 'FCP ms', 'FCP ratio', 'LCP ms', 'LCP ratio'], floorRatios(lighthouse)));
    const failing = Object.entries(lighthouse).flatMap(([type, byForm]) =>
      Object.entries(byForm).flatMap(([form, f]) => f.failing.map((a) => `  ${type} ${form}: ${a}`)),
    );
    if (failing.length) out.push(`Scored audits below 100% in some run:\n${[...new Set(failing)].join('\n')}`);
  }

  const doc = builds[0]?.html.quizLesson;
  if (doc)
    out.push(
      `\nLesson document: /${doc.path} is ${num(doc.bytes)} bytes raw, ${num(doc.brotli)} brotli (${num(doc.gzip)} gzip): ${doc.brotli <= FIRST_ROUND_TRIP_BYTES ? 'within' : 'over'} the first round trip (${num(FIRST_ROUND_TRIP_BYTES)} bytes: 10 segments of 1,460).`,
    );
  out.push('\nBuild (cold cache) and page size as the course grows');
  out.push(
    table(
      ['course', 'lessons', 'build', 'of which Pagefind', 'peak memory', 'lesson HTML', 'quiz lesson HTML', 'home HTML'],
      builds.map((b) => [
        b.course,
        num(b.lessons),
        seconds(b.totalMs),
        b.pagefindMs === null ? '?' : seconds(b.pagefindMs),
        memory(b.peakBytes),
        b.html.lesson ? `${num(b.html.lesson.bytes)} (${num(b.html.lesson.gzip)} gz)` : 'none',
        b.html.quizLesson ? `${num(b.html.quizLesson.bytes)} (${num(b.html.quizLesson.gzip)} gz)` : 'none',
        num(b.html.homeBytes),
      ]),
    ),
  );
  out.push(
    'Build: astro build, which writes the search index too. Lesson HTML: the largest lesson page of that kind, in bytes (gzip in brackets). Peak memory: the process tree, from /proc.',
  );
  out.push(`\nBudgets (${budgets.filter((b) => b.ok).length} of ${budgets.length} met)`);
  out.push(budgets.map((b) => b.text).join('\n'));
  return out.join('\n');
}

try {
  await main();
} finally {
  if (args.includes('--keep')) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
