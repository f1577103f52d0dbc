// The compressing static server the benchmark and byte budgets measure through.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, isCompressible, pickEncoding, routeOf, serveDist } from '../../../scripts/serve-dist.mjs';

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, honouring q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('identity')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});

describe('routeOf', () => {
  it('maps paths under the base to files, folders to index.html', () => {
    expect(routeOf('/course/', '/course/')).toEqual({ file: '/index.html' });
    expect(routeOf('/course/start/', '/course/')).toEqual({ file: '/start/index.html' });
    expect(routeOf('/course/_astro/a%20b.css', '/course/')).toEqual({ file: '/_astro/a b.css' });
  });
  it('redirects the bare base, and refuses paths outside it or escaping the folder', () => {
    expect(routeOf('/course', '/course/')).toEqual({ redirect: '/course/' });
    expect(routeOf('/other/', '/course/')).toBeUndefined();
    expect(routeOf('/course/%E0%A4%A', '/course/')).toBeUndefined();
    expect(routeOf('/course/../../etc/passwd', '/course/')).toEqual({ file: '/etc/passwd' });
  });
});

describe('content types', () => {
  it('compresses text, not images or Pagefind chunks', () => {
    expect(isCompressible(contentTypeOf('a.html'))).toBe(true);
    expect(isCompressible(contentTypeOf('a.svg'))).toBe(true);
    expect(isCompressible(contentTypeOf('a.png'))).toBe(false);
    expect(isCompressible(contentTypeOf('en_1.pf_fragment'))).toBe(false);
  });
});

describe('serveDist', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveDist>>;
  const page = '<!doctype html><title>x</title>' + '<p>Warm Open lesson text. </p>'.repeat(200);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
    mkdirSync(join(dir, 'start'));
    writeFileSync(join(dir, 'start/index.html'), page);
    writeFileSync(join(dir, '404.html'), '<title>Not found</title>');
    server = await serveDist({ root: dir, base: '/course/' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, encoding = 'br, gzip') => fetch(new URL(path, server.url), { headers: { 'accept-encoding': encoding }, redirect: 'manual' });

  it('sends brotli or gzip as asked, with the compressed length', async () => {
    const br = await get('start/');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('accept-encoding');
    // fetch() decodes the body itself, so read the bytes as sent with node:http.
    const sent = await rawBody('start/', 'br');
    expect(Number(br.headers.get('content-length'))).toBe(sent.length);
    expect(sent.length).toBeLessThan(page.length / 10);
    expect(brotliDecompressSync(sent).toString()).toBe(page);
    expect(gunzipSync(await rawBody('start/', 'gzip')).toString()).toBe(page);
    expect((await rawBody('start/', 'identity')).toString()).toBe(page);
  });

  it('redirects a folder without its slash and serves the 404 page for anything missing', async () => {
    const folder = await get('start');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/course/start/');
    const missing = await get('nowhere/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
    expect((await fetch(new URL('/elsewhere/', server.url))).status).toBe(404);
  });

  /** The bytes as sent, without the client decoding them. */
  async function rawBody(path: string, encoding: string): Promise<Buffer> {
    const { request } = await import('node:http');
    return new Promise((done, fail) => {
      request(new URL(path, server.url), { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(Buffer.concat(chunks)));
      })
        .on('error', fail)
        .end();
    });
  }
});
