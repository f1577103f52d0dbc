// Reading a build's pages from its sitemap, under the base path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeXml, locsOf, pagesToSweep, sitemapPaths } from '../../../scripts/quality/sitemap.mjs';

describe('locsOf', () => {
  it('reads every <loc>, decoding entities', () => {
    expect(locsOf('<urlset><url><loc> https://s.example/a/?x=1&amp;y=2 </loc></url><url><loc>https://s.example/b/</loc></url></urlset>')).toEqual([
      'https://s.example/a/?x=1&y=2',
      'https://s.example/b/',
    ]);
  });
  it('decodes numeric references', () => expect(decodeXml('caf&#233; &#x2014; &unknown;')).toBe('café — &unknown;'));
});

describe('sitemapPaths and pagesToSweep', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sitemap-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  writeFileSync(join(dist, 'sitemap-index.xml'), '<sitemapindex><sitemap><loc>https://s.example/course/sitemap-0.xml</loc></sitemap></sitemapindex>');
  writeFileSync(
    join(dist, 'sitemap-0.xml'),
    '<urlset><url><loc>https://s.example/course/</loc></url><url><loc>https://s.example/course/start/</loc></url></urlset>',
  );
  writeFileSync(join(dist, 'index.html'), '');
  mkdirSync(join(dist, 'start'));
  writeFileSync(join(dist, 'start/index.html'), '');
  mkdirSync(join(dist, 'private'));
  writeFileSync(join(dist, 'private/index.html'), '');

  it('follows the index to its sitemaps and strips the base', () => {
    expect(sitemapPaths(dist, '/course/')).toEqual(['', 'start/']);
  });
  it('says so when the build has another base', () => {
    expect(() => sitemapPaths(dist, '/other/')).toThrow(/outside the base \/other\/.*BASE_PATH=\/other\//);
  });
  it('adds built pages the sitemap leaves out', () => {
    expect(pagesToSweep(dist, '/course/')).toEqual(['', 'start/', 'private/']);
  });
  it('asks for a build when there is none', () => {
    expect(() => sitemapPaths(join(dist, 'nothing'), '/course/')).toThrow(/build the site first/);
  });
});
