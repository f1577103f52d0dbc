import { describe, expect, it } from 'vitest';
import { AU_IRI, COURSE_IRI, courseStructure } from '../../../src/cmi5/package/course-structure';
import { launchPage } from '../../../src/cmi5/package/launch-page';
import { resultOf } from '../../../src/cmi5/lrs';
import { smallCourse } from '../scorm/course';

describe('the cmi5 package', () => {
  const xml = courseStructure({ title: 'Warm <Open>', description: 'A & B', url: 'cmi5-launch.html', moveOn: 'Passed', masteryScore: 0.8 });

  it('cmi5.xml: one AU, a relative URL, moveOn and the mastery score, text escaped', () => {
    expect(xml.match(/<au /g)).toHaveLength(1);
    expect(xml).toContain(`<course id="${COURSE_IRI}">`);
    expect(xml).toContain(`<au id="${AU_IRI}" moveOn="Passed" masteryScore="0.8" launchMethod="AnyWindow">`);
    expect(xml).toContain('<url>cmi5-launch.html</url>');
    expect(xml).toContain('Warm &lt;Open&gt;');
    expect(xml).toContain('A &amp; B');
  });

  it('refuses an absolute AU URL', () => {
    for (const url of ['https://x.example/a.html', '/a.html']) expect(() => courseStructure({ title: 't', description: 'd', url, moveOn: 'Passed' })).toThrow(/relative/);
  });

  it('the launch page: the course map that cannot close its script block, and a CSP that lets it reach an LRS', () => {
    const page = launchPage({ ...smallCourse, pages: { '': '</script><b>' } }, 'Warm Open');
    expect(page).not.toContain('</script><b>');
    expect(page).toContain("connect-src 'self' https: http:");
    expect(page).toContain('role="status"');
  });

  it('what an LRS answer means for a statement', () => {
    expect([200, 204, 409].map(resultOf)).toEqual(['sent', 'sent', 'sent']);
    expect([401, 408, 429, 500, 503].map(resultOf)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry']);
    expect([400, 403, 404].map(resultOf)).toEqual(['refused', 'refused', 'refused']);
  });
});
