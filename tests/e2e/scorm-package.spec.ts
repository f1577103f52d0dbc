// The two SCORM zips as an LMS receives them (npm run build:scorm): a manifest
// valid against the IMS/ADL schemas, with the schema's elements and one SCO, every listed file in the zip and
// every file in the zip listed, and nothing that points outside the package.
// No browser needed; it runs with the e2e suite because it reads the build.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { manifestErrors, schemaDir } from '../support/scorm-schema';
import { NOT_BUILT, readBuilt, scormBuilt, ZIPS } from './scorm-harness/packages';

test.skip(!scormBuilt, NOT_BUILT);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

for (const [version, path] of Object.entries(ZIPS)) {
  test.describe(`SCORM ${version} package`, () => {
    const bytes = readBuilt(path);
    const files = unzipSync(new Uint8Array(bytes));
    const xml = text(files['imsmanifest.xml'] ?? new Uint8Array());

    test('has a manifest with the schema elements and one SCO, launched by a relative page', () => {
      console.log(`${path}: ${(bytes.length / 1024).toFixed(0)} KB, ${Object.keys(files).length} files`);
      expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
      expect(xml).toContain(`<schemaversion>${version === '1.2' ? '1.2' : '2004 4th Edition'}</schemaversion>`);
      const orgs = /<organizations\b[^>]*>/.exec(xml)?.[0] ?? '';
      const org = /<organization\b[^>]*>/.exec(xml)?.[0] ?? '';
      expect(attr(orgs, 'default')).toBe(attr(org, 'identifier'));
      expect(/<organization\b[\s\S]*?<title>Warm Open<\/title>/.test(xml)).toBe(true);
      const items = [...xml.matchAll(/<item\b[^>]*>/g)].map((m) => m[0]);
      const resources = [...xml.matchAll(/<resource\b[^>]*>/g)].map((m) => m[0]);
      expect(items).toHaveLength(1);
      expect(resources).toHaveLength(1);
      const [item = '', resource = ''] = [items[0], resources[0]];
      expect(attr(item, 'identifierref')).toBe(attr(resource, 'identifier'));
      expect(attr(resource, version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType')).toBe('sco');
      expect(attr(resource, 'type')).toBe('webcontent');
      expect(attr(resource, 'href')).toBe('scorm-launch.html');
      expect(xml).toMatch(
        version === '1.2' ? /xmlns="http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2"/ : /xmlns="http:\/\/www\.imsglobal\.org\/xsd\/imscp_v1p1"/,
      );
      expect(text(files['scorm-launch.html'] ?? new Uint8Array())).toContain(`data-scorm-version="${version}"`);
    });

    test('its manifest is valid against the IMS/ADL schema files', async () => {
      const found = schemaDir(version as '1.2' | '2004');
      test.skip('missing' in found, 'missing' in found ? found.missing : '');
      if ('dir' in found) expect(await manifestErrors(xml, version as '1.2' | '2004', found.dir)).toEqual([]);
    });

    test('lists every file in the zip, and the zip holds every file listed', () => {
      const listed = [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => decodeURI(m[1] ?? ''));
      const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'));
      expect(listed.length).toBeGreaterThan(50);
      expect([...listed].sort()).toEqual([...inZip].sort());
      for (const f of ['scorm-launch.html', 'scorm-launch.js', 'scorm-launch.css', 'index.html', 'assessment/index.html', 'pagefind/pagefind.js'])
        expect(listed).toContain(f);
    });

    test('points nowhere outside the package: no absolute URL in the manifest, the pages, scripts or styles', () => {
      // In the manifest, URLs only in metadata (namespaces and schema locations); every href relative.
      for (const m of xml.matchAll(/\shref="([^"]*)"/g)) expect(m[1]).not.toMatch(/^(?:\/|[a-z][a-z0-9+.-]*:)/i);
      for (const [name, data] of Object.entries(files)) {
        if (!/\.(html|js|css)$/.test(name) || name.startsWith('pagefind/')) continue;
        const body = text(data);
        expect(body, name).not.toContain('/__warm_open_package__/');
        if (name.endsWith('.html')) {
          expect(body, name).not.toMatch(/\s(?:href|src|action|srcset|poster|data-lesson-url)="\//);
          // A link out to the web is fine (it opens elsewhere); nothing the page loads comes from outside.
          expect(body, name).not.toMatch(/<(?!a\s)[a-z]+\b[^>]*\s(?:href|src|srcset|action)="(?:https?:)?\/\//i);
          expect(body, name).not.toMatch(/rel="canonical"|property="og:url"|warm-open\.example/);
        }
        if (name.endsWith('.css')) expect(body, name).not.toMatch(/url\(\s*["']?(?:\/|https?:)/);
        if (name.endsWith('.js')) expect(body, name).not.toMatch(/(?:import\(|from)\s*["'`](?:\/|https?:)/);
      }
    });
  });
}

test('the site build is untouched: no SCORM bridge, no package root, in dist/', () => {
  const home = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  expect(home).not.toContain('data-package-root');
  expect(home).not.toContain('__warm_open_package__');
});
