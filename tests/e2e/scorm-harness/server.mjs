// @ts-check
// A stand-in LMS for the SCORM e2e tests (a Playwright webServer entry):
//
//   /harness/          the LMS page: puts scorm-again's API on its window and
//                      opens a package's launch page in an iframe (moodle.js:
//                      Moodle's rules for attempts, review and entry)
//   /lms/content.v2/scorm12/…, /lms/content.v2/scorm2004/…
//                      the files of scorm/warm-open-scorm12.zip and …2004.zip,
//                      read from the zips themselves (re-read when rebuilt)
//   /harness/commit    a commit endpoint that always fails, for the LMS-error test
//
// Like many LMS players it serves files only by their full name: a folder
// gets 404, never its index.html. The path has a dot in it, as real ones do.
//   node tests/e2e/scorm-harness/server.mjs [--port 4341]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const here = fileURLToPath(new URL('.', import.meta.url));
const project = join(here, '../../..');
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env['SCORM_E2E_PORT'] || 4341);

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
});

const STATIC = /** @type {Record<string, string>} */ ({
  '/harness/': join(here, 'harness.html'),
  '/harness/harness.js': join(here, 'harness.js'),
  '/harness/moodle.js': join(here, 'moodle.js'),
  '/harness/scorm12.js': join(project, 'node_modules/scorm-again/dist/scorm12.min.js'),
  '/harness/scorm2004.js': join(project, 'node_modules/scorm-again/dist/scorm2004.min.js'),
});

const PACKAGES = /** @type {Record<string, string>} */ ({
  scorm12: join(project, 'scorm/warm-open-scorm12.zip'),
  scorm2004: join(project, 'scorm/warm-open-scorm2004.zip'),
});

/** @type {Map<string, { mtime: number, files: Record<string, Uint8Array> }>} */
const opened = new Map();
/** @param {string} name */
async function packageFiles(name) {
  const zip = PACKAGES[name];
  if (!zip) return undefined;
  const { mtimeMs } = await stat(zip);
  const cached = opened.get(name);
  if (cached?.mtime === mtimeMs) return cached.files;
  const files = unzipSync(new Uint8Array(await readFile(zip)));
  opened.set(name, { mtime: mtimeMs, files });
  return files;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (/** @type {number} */ status, /** @type {Uint8Array | string} */ body, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    if (url.pathname === '/health') return send(200, 'ok');
    if (url.pathname === '/harness/commit') return send(500, JSON.stringify({ result: false, errorCode: 101 }), 'application/json');
    const file = STATIC[url.pathname];
    if (file) return send(200, await readFile(file), TYPES[extname(file)]);
    // "scorm2004-b/…": the same package as a second activity, at its own path, as an LMS serves it.
    const match = /^\/lms\/content\.v2\/(scorm12|scorm2004)(?:-[a-z])?\/(.+)$/.exec(decodeURIComponent(url.pathname));
    const files = match ? await packageFiles(match[1] ?? '') : undefined;
    const body = match && files ? files[match[2] ?? ''] : undefined;
    if (!body) return send(404, 'Not found (this LMS serves files by their full name only)');
    return send(200, body, TYPES[extname(match?.[2] ?? '')] ?? 'application/octet-stream');
  } catch (e) {
    return send(500, e instanceof Error ? e.message : 'error');
  }
});
// Node closes an idle kept-alive connection after 5 s; a test's own requests (the quiz driver reads
// each lesson's quiz data between lessons) could reuse one at that moment and get ECONNRESET, as a CI
// run did once. Idle connections now live longer than any pause in a spec.
server.keepAliveTimeout = 30_000; // under headersTimeout (60 s), as Node advises
server.listen(port, () => console.log(`SCORM test LMS on http://localhost:${port}/harness/`));
