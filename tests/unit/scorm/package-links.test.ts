import { describe, expect, it } from 'vitest';
import { packageHref } from '../../../src/scorm/package-links';

const root = new URL('https://lms.example/c/7/');
const page = new URL('https://lms.example/c/7/progress/index.html');

describe('links made in the browser inside the package', () => {
  it('name files, not folders', () => {
    expect(packageHref('/c/7/certificate/', page, root)).toBe('https://lms.example/c/7/certificate/index.html');
    expect(packageHref('../review/?x=1#top', page, root)).toBe('https://lms.example/c/7/review/index.html?x=1#top');
  });

  it('take the package root in place of the stand-in base', () => {
    expect(packageHref('/__warm_open_package__/openers/connect-first/#q-1', page, root)).toBe('https://lms.example/c/7/openers/connect-first/index.html#q-1');
  });

  it('leave alone what is already right, and anything outside the package', () => {
    expect(packageHref('../index.html', page, root)).toBeUndefined();
    expect(packageHref('#main', page, root)).toBeUndefined();
    expect(packageHref('https://elsewhere.example/a/', page, root)).toBeUndefined();
    expect(packageHref('/other/place/', page, root)).toBeUndefined();
    expect(packageHref('http://[bad', page, root)).toBeUndefined();
  });
});
