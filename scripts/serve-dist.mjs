// @ts-check
// Serves a built site the way a static host does: under its base path, brotli
// or gzip by Accept-Encoding, the 404 page for anything missing, long caching
// for hashed assets. `astro preview` sends everything uncompressed, so the
// benchmark and the byte-budget tests measure bytes over the wire through this.
//   node scripts/serve-dist.mjs [dist] [--base /course/] [--port 4323]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
});

/** MIME type by extension; Pagefind's own index files are already compressed binaries. @param {string} path */
export function contentTypeOf(path) {
  return types[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Text formats shrink; images, fonts and Pagefind's pre-compressed chunks do not. @param {string} type */
export function isCompressible(type) {
  return /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/.test(type);
}

/**
 * The encoding to send for an Accept-Encoding header: brotli first, as hosts
 * prefer it, then gzip; an explicit q=0 refuses one.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
export function pickEncoding(header) {
  const accepted = new Map();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (/** @type {string} */ name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

/**
 * Where a request path points inside the site: a file to send, a redirect
 * (a folder without its trailing slash, as static hosts do), or nothing.
 * @param {string} urlPath the request's pathname, still percent-encoded
 * @param {string} base the site's base path, with slashes at both ends
 * @returns {{ file: string } | { redirect: string } | undefined}
 */
export function routeOf(urlPath, base) {
  if (urlPath + '/' === base) return { redirect: base };
  if (!urlPath.startsWith(base)) return undefined;
  let rest;
  try {
    rest = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  // Never step outside the site's folder.
  if (rest.includes('\0')) return undefined;
  const clean = posix.normalize(`/${rest}`);
  return { file: clean.endsWith('/') ? `${clean}index.html` : clean };
}

/**
 * @typedef {{ mtime: number, type: string, body: Buffer, encoding: string | undefined }} Entry
 * @typedef {{ missing: true, isDir: boolean }} Missing
 */

/** Compresses once per file and encoding; a file changed on disk is read again. @param {string} root */
function cachedReader(root) {
  /** @type {Map<string, Entry>} */
  const cache = new Map();
  /**
   * @param {string} file
   * @param {'br' | 'gzip' | undefined} encoding
   * @returns {Promise<Entry | Missing>}
   */
  return async function read(file, encoding) {
    const path = join(root, file);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return { missing: /** @type {const} */ (true), isDir: Boolean(info?.isDirectory()) };
    const key = `${file}\n${encoding ?? ''}`;
    const hit = cache.get(key);
    if (hit && hit.mtime === info.mtimeMs) return hit;
    const type = contentTypeOf(file);
    const raw = await readFile(path);
    const compress = encoding && isCompressible(type);
    const body = !compress
      ? raw
      : encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    const entry = { mtime: info.mtimeMs, type, body, encoding: compress ? encoding : undefined };
    cache.set(key, entry);
    return entry;
  };
}

/**
 * Starts the server. Port 0 picks a free one.
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const siteRoot = resolve(root);
  const basePath = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const read = cachedReader(siteRoot);

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname, search } = new URL(req.url ?? '/', 'http://host');
      const encoding = pickEncoding(req.headers['accept-encoding']);
      const route = routeOf(pathname, basePath);
      if (route && 'redirect' in route) {
        res.writeHead(301, { location: route.redirect + search }).end();
        return;
      }
      let status = 200;
      let found = route ? await read(route.file, encoding) : { missing: true, isDir: false };
      if ('missing' in found && found.isDir && route && 'file' in route) {
        res.writeHead(301, { location: `${pathname}/${search}` }).end();
        return;
      }
      if ('missing' in found) {
        status = 404;
        found = await read('/404.html', encoding);
        if ('missing' in found) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
      }
      const hashed = route && 'file' in route && route.file.startsWith('/_astro/');
      res.writeHead(status, {
        'content-type': found.type,
        'content-length': found.body.length,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
        ...(found.encoding ? { 'content-encoding': found.encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : found.body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  await new Promise((done, fail) => server.once('error', fail).listen(port, host, () => done(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${basePath}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const flag = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args.splice(i, 2)[1] ?? fallback) : fallback;
  };
  const base = flag('--base', process.env.BASE_PATH ?? '/');
  const port = Number(flag('--port', '4323'));
  const root = args[0] ?? 'dist';
  const { url } = await serveDist({ root, base, port });
  console.log(`Serving ${root} at ${url} (brotli/gzip)`);
}
