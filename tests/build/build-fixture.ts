// Builds a copy of a fixture course with one file broken, to prove that bad
// content stops the build with a message naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/content-min');

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Copies the fixture, lets `edit` break it, builds it in a temp folder. */
export function buildBrokenFixture(edit: (dir: string) => void): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'warm-open-fixture-'));
  try {
    const content = join(dir, 'content');
    cpSync(fixture, content, { recursive: true });
    edit(content);
    const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', join(dir, 'dist')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WARM_OPEN_CONTENT: content, WARM_OPEN_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      timeout: 120_000,
    });
    return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces text in a file of the copied fixture. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, next);
}
