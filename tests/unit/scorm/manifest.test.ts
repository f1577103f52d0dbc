import { describe, expect, it } from 'vitest';
import { isPackagePath, manifest } from '../../../src/scorm/package/manifest';
import { launchPage } from '../../../src/scorm/package/launch-page';
import { pageTitles } from '../../../src/scorm/package/page-titles';
import { smallCourse } from './course';

const files = ['scorm-launch.html', 'index.html', 'openers/a b/index.html', '_astro/x.js'];

describe('imsmanifest.xml', () => {
  it('SCORM 1.2: one SCO, every file, by relative path', () => {
    const xml = manifest({ version: '1.2', title: 'Warm & Open', files });
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('adlcp:scormtype="sco" href="scorm-launch.html"');
    expect(xml).toContain('<title>Warm &amp; Open</title>');
    expect(xml.match(/<file href="[^"]+"\/>/g)).toEqual(['_astro/x.js', 'index.html', 'openers/a%20b/index.html', 'scorm-launch.html'].map((f) => `<file href="${f}"/>`));
  });

  it('SCORM 2004 4th edition: scormType, and the content sets its own status', () => {
    const xml = manifest({ version: '2004', title: 'Warm Open', files });
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco" href="scorm-launch.html"');
    expect(xml).toContain('completionSetByContent="true" objectiveSetByContent="true"');
  });

  it('refuses paths that leave the package, and a package without its launch page', () => {
    for (const bad of ['/abs.html', '../up.html', 'a/../../b', 'https://x.example/a', 'C:\\x', '']) expect(isPackagePath(bad)).toBe(false);
    expect(() => manifest({ version: '1.2', title: 'x', files: ['index.html', '../x'] })).toThrow(/not relative/);
    expect(() => manifest({ version: '1.2', title: 'x', files: ['index.html'] })).toThrow(/scorm-launch\.html/);
  });
});

describe('the launch page', () => {
  it('carries the version and the course map, which no text in it can break out of', () => {
    const course = { ...smallCourse, pages: { '': '</script><script>alert(1)</script>' } };
    const html = launchPage('2004', course, 'Warm Open');
    expect(html).toContain('data-scorm-version="2004"');
    const data = /<script type="application\/json" id="scorm-course">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(JSON.parse(data)).toEqual(course);
    expect(html).toContain('role="status"');
    expect(html).toMatch(/<iframe[^>]+title="Warm Open"/);
  });
});

describe('page titles', () => {
  it('are the h1 as text, by path from the root', () => {
    expect(pageTitles('openers/connect-first/index.html', '<h1 class="t">Connect <em>first</em> &amp; listen</h1>')).toEqual({ 'openers/connect-first/': 'Connect first & listen' });
    expect(pageTitles('index.html', '<h1>Warm Open</h1>')).toEqual({ '': 'Warm Open' });
    expect(pageTitles('404.html', '<h1>Lost</h1>')).toEqual({});
  });
});
