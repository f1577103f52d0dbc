// @ts-check
// The cmi5 package, from the SCORM build's files (scripts/scorm/build.mjs calls
// this last; `npm run build:cmi5` runs it alone on the dist-scorm/ there is):
//
//   1. dist-scorm/ copied to dist-cmi5/, less the SCORM launch page;
//   2. the cmi5 launch page, the one AU (src/cmi5/launch/), whose script is
//      bundled on its own, so its size is the cmi5 code's size;
//   3. cmi5.xml (src/cmi5/package/course-structure.ts), zipped with every file
//      to cmi5/warm-open-cmi5.zip.
import { brotliCompressSync } from 'node:zlib';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { LAUNCH_BUNDLE, filesIn, zipPackage } from '../lms-package.mjs';
import { LAUNCH_PAGE, LAUNCH_SCRIPT, LAUNCH_STYLE, launchPage } from '../../src/cmi5/package/launch-page.ts';
import { courseStructure } from '../../src/cmi5/package/course-structure.ts';

const project = fileURLToPath(new URL('../../', import.meta.url));
const from = join(project, 'dist-scorm');
const out = join(project, 'dist-cmi5');
export const CMI5_ZIP = 'cmi5/warm-open-cmi5.zip';
const DESCRIPTION = 'A self-paced course on opening cold calls and turning voicemail into discovery, with practice and a final assessment.';

/**
 * @param {{ course: import('../../src/scorm/course-map.ts').ScormCourse, title: string }} options
 * @returns {Promise<{ files: number, zipBytes: number, scriptBrotli: number, ownBrotli: number }>}
 */
export async function buildCmi5({ course, title }) {
  await rm(out, { recursive: true, force: true });
  await cp(from, out, { recursive: true, filter: (src) => !/[\\/]scorm-launch\.[a-z]+$/.test(src) });
  await bundle({ ...LAUNCH_BUNDLE, entryPoints: [join(project, 'src/cmi5/launch/launcher.ts')], outfile: join(out, LAUNCH_SCRIPT) });
  await cp(join(project, 'src/scorm/launch/launch.css'), join(out, LAUNCH_STYLE));
  await writeFile(join(out, LAUNCH_PAGE), launchPage(course, title));
  const masteryScore = course.final?.passMark;
  await writeFile(
    join(out, 'cmi5.xml'),
    courseStructure({ title, description: DESCRIPTION, url: LAUNCH_PAGE, moveOn: 'Passed', ...(masteryScore === undefined ? {} : { masteryScore }) }),
  );
  const files = await filesIn(out);
  const bytes = await zipPackage(out, files);
  await mkdir(join(project, 'cmi5'), { recursive: true });
  await writeFile(join(project, CMI5_ZIP), bytes);
  const scriptBrotli = brotliCompressSync(await readFile(join(out, LAUNCH_SCRIPT))).length;
  const ownBrotli = await ownCodeBrotli();
  console.log(`cmi5: ${CMI5_ZIP}, ${files.length} files, ${(bytes.length / 1024).toFixed(0)} KB`);
  console.log(`cmi5: ${LAUNCH_SCRIPT} ${scriptBrotli} B brotli, of which src/cmi5's own code ${ownBrotli} B (the rest: the strict progress reading and Zod, shared with the SCORM launch page)`);
  return { files: files.length, zipBytes: bytes.length, scriptBrotli, ownBrotli };
}

/** The launch script's own part: bundled with everything outside src/cmi5 left out, then brotli. */
async function ownCodeBrotli() {
  const own = join(project, 'src/cmi5');
  const result = await bundle({
    ...LAUNCH_BUNDLE,
    entryPoints: [join(own, 'launch/launcher.ts')],
    write: false,
    plugins: [
      {
        name: 'cmi5-only',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            return resolve(dirname(args.importer), args.path).startsWith(own) ? undefined : { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return brotliCompressSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}

// Run alone: the course map from the SCORM launch page already built.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const launch = await readFile(join(from, 'scorm-launch.html'), 'utf8').catch(() => {
    throw new Error('cmi5: no dist-scorm/ to package: run `npm run build:scorm` (it builds the cmi5 package too)');
  });
  const course = JSON.parse(/id="scorm-course">(.*?)<\/script>/s.exec(launch)?.[1] ?? 'null');
  if (!course) throw new Error('cmi5: dist-scorm/scorm-launch.html carries no course map');
  await buildCmi5({ course, title: /<title>(.*?)<\/title>/.exec(launch)?.[1] ?? 'Warm Open' });
}
