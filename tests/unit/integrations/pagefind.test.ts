// The Pagefind integration on a tiny built site: which files become records,
// and the URLs they get for the site (folders) and for a SCORM package (files).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../../src/integrations/pagefind.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const lesson = `<!doctype html><html lang="en"><head><title>Press zero</title></head><body>
<nav><a href="/">Outline</a></nav>
<main><article data-pagefind-body data-pagefind-filter="type:Lesson"><h1>Press zero</h1><p>Ask the receptionist for help.</p>
<section data-quiz-id="press-zero-quiz"><h2 id="practice">Practice</h2><p>What do you say to the receptionist?</p></section>
</article></main></body></html>`;
const plain = '<!doctype html><html lang="en"><head><title>Home</title></head><body><main><h1>Home</h1><p>Welcome.</p></main></body></html>';

/** A built site in a temporary folder: a lesson with one quiz, a page without a search body, and the 404 page. */
function builtSite(): string {
  const site = mkdtempSync(join(tmpdir(), 'warm-open-pagefind-'));
  dirs.push(site);
  for (const [file, html] of [
    ['voicemail/press-zero/index.html', lesson],
    ['index.html', plain],
    ['404.html', lesson],
  ] as const) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), html);
  }
  return site;
}

/** The URLs of the records written, read from Pagefind's fragments (gzip of "pagefind_dcd" + JSON). */
function recordUrls(site: string): string[] {
  const folder = join(site, 'pagefind/fragment');
  return readdirSync(folder)
    .map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(folder, f)))
            .subarray('pagefind_dcd'.length)
            .toString('utf8'),
        ).url as string,
    )
    .sort();
}

describe('indexSite', () => {
  it('indexes pages with a search body and each quiz as its own record, at folder URLs', { timeout: 30_000 }, async () => {
    const site = builtSite();
    const { pages, practice } = await indexSite(site, { urls: 'folders' });
    expect({ pages, practice }).toEqual({ pages: 1, practice: 1 });
    expect(recordUrls(site)).toEqual(['/voicemail/press-zero/', '/voicemail/press-zero/#practice']);
  });

  it('names the files in a SCORM package', { timeout: 30_000 }, async () => {
    const site = builtSite();
    await indexSite(site, { urls: 'files' });
    expect(recordUrls(site)).toEqual(['/voicemail/press-zero/index.html', '/voicemail/press-zero/index.html#practice']);
  });
});
