// @ts-check
// `npm run build:scorm`: the course as two SCORM packages, for any LMS.
//
//   1. astro build into dist-scorm/ under a stand-in base, with the SCORM
//      bridge on every page (WARM_OPEN_SCORM=1; src/scorm/bridge.ts) and the
//      search index, whose URLs then name their files (src/integrations/pagefind.mjs);
//   2. every URL under that base made relative (src/scorm/package/relativise.ts);
//      the index holds none (its URLs leave the base out);
//   3. the launch page, the one SCO (src/scorm/launch/);
//   4. imsmanifest.xml for SCORM 1.2 and for SCORM 2004 4th edition, listing
//      every file, zipped to scorm/warm-open-scorm12.zip and
//      scorm/warm-open-scorm2004.zip;
//   5. the cmi5 package from the same files: dist-cmi5/ and
//      cmi5/warm-open-cmi5.zip (scripts/cmi5/build.mjs).
//
// dist/ is left alone: the site's own build lives there.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { buildScormCourse } from '../../src/scorm/course-map.ts';
import { PACKAGE_BASE_NAME } from '../../src/scorm/package-base.ts';
import { rewriteCss, rewriteHtml, rewriteScript } from '../../src/scorm/package/relativise.ts';
import { LAUNCH_PAGE, manifest } from '../../src/scorm/package/manifest.ts';
import { LAUNCH_SCRIPT, LAUNCH_STYLE, launchPage } from '../../src/scorm/package/launch-page.ts';
import { pageTitles } from '../../src/scorm/package/page-titles.ts';
import { buildCmi5 } from '../cmi5/build.mjs';
import { LAUNCH_BUNDLE, filesIn, zipPackage } from '../lms-package.mjs';

const project = fileURLToPath(new URL('../../', import.meta.url));
const out = join(project, 'dist-scorm');
const zips = join(project, 'scorm');
const TITLE = 'Warm Open';

async function astroBuild() {
  await rm(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: project,
    stdio: 'inherit',
    env: {
      ...process.env,
      BASE_PATH: `/${PACKAGE_BASE_NAME}/`,
      WARM_OPEN_SCORM: '1',
      // Its own cache, so it never disturbs the site's build running beside it.
      WARM_OPEN_CACHE_DIR: join(project, 'node_modules/.astro-scorm'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status})`);
}

/** Rewrites every HTML, CSS and JS file in place; stops on anything it cannot rewrite. */
async function relativise() {
  // Sitemaps list the public site's absolute URLs: nothing in an LMS reads them.
  for (const file of await filesIn(out)) if (/^sitemap.*\.xml$/.test(file)) await rm(join(out, file));
  const problems = [];
  for (const file of await filesIn(out)) {
    const rewrite = file.endsWith('.html') ? rewriteHtml : file.endsWith('.css') ? rewriteCss : file.endsWith('.js') ? rewriteScript : undefined;
    if (!rewrite || file.startsWith('pagefind/')) continue;
    const text = await readFile(join(out, file), 'utf8');
    const done = rewrite(text, file);
    problems.push(...done.problems);
    if (done.text !== text) await writeFile(join(out, file), done.text);
  }
  if (problems.length) throw new Error(`SCORM: URLs left that point outside the package:\n${problems.join('\n')}`);
}

async function launcher() {
  const read = async (/** @type {string} */ f) => JSON.parse(await readFile(join(out, f), 'utf8'));
  /** @type {Record<string, string>} */
  const pages = {};
  for (const file of await filesIn(out)) if (file.endsWith('.html')) Object.assign(pages, pageTitles(file, await readFile(join(out, file), 'utf8')));
  const course = buildScormCourse(await read('course-index.json'), await read('course-questions.json'), pages);
  await bundle({ ...LAUNCH_BUNDLE, entryPoints: [join(project, 'src/scorm/launch/launcher.ts')], outfile: join(out, LAUNCH_SCRIPT) });
  await copyFile(join(project, 'src/scorm/launch/launch.css'), join(out, LAUNCH_STYLE));
  return course;
}

/** @param {import('../../src/scorm/outcome.ts').ScormVersion} version @param {string[]} files @param {string} name */
async function zip(version, files, name) {
  const bytes = await zipPackage(out, files, { 'imsmanifest.xml': manifest({ version, title: TITLE, files }) });
  await writeFile(join(zips, name), bytes);
  return bytes.length;
}

await astroBuild();
await relativise();
const course = await launcher();
const versions = /** @type {const} */ (['1.2', '2004']);
await mkdir(zips, { recursive: true });
for (const version of versions) {
  await writeFile(join(out, LAUNCH_PAGE), launchPage(version, course, TITLE));
  const files = await filesIn(out);
  const name = version === '1.2' ? 'warm-open-scorm12.zip' : 'warm-open-scorm2004.zip';
  const size = await zip(version, files, name);
  console.log(`SCORM ${version}: scorm/${name}, ${files.length + 1} files, ${(size / 1024).toFixed(0)} KB`);
}
// dist-scorm/ keeps the 2004 launch page; each zip has its own.
console.log(`Course: ${course.lessons.length} lessons, ${course.questions.length} questions`);
await buildCmi5({ course, title: TITLE });
