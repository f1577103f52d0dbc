// @ts-check
// What the SCORM and cmi5 package builds (scripts/scorm/build.mjs,
// scripts/cmi5/build.mjs) do alike: list a package's files, bundle its launch
// script, and zip it the same way every time.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/** Zip entries carry this date, so the same source makes the same zip. */
const MTIME = new Date('2026-01-01T00:00:00Z');

/** esbuild options for a launch page's script: one minified file of its own. */
export const LAUNCH_BUNDLE = /** @type {const} */ ({
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});

/** @param {string} dir @returns {Promise<string[]>} package-relative paths with "/" */
export async function filesIn(dir) {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).replaceAll('\\', '/'))
    .sort();
}

/**
 * The files of `dir` named in `files`, plus any `extra` entries made in memory (a manifest), zipped.
 * @param {string} dir @param {string[]} files @param {Record<string, string>} [extra]
 */
export async function zipPackage(dir, files, extra = {}) {
  /** @type {Record<string, [Uint8Array, { mtime: Date }]>} */
  const entries = {};
  for (const [name, text] of Object.entries(extra)) entries[name] = [new TextEncoder().encode(text), { mtime: MTIME }];
  for (const file of files) entries[file] = [await readFile(join(dir, file)), { mtime: MTIME }];
  return zipSync(entries, { level: 9 });
}
