/**
 * cmi5.xml, the course structure an LMS imports (cmi5 §13, §14): the course
 * and its one AU, the launch page by a URL relative to the package, with
 * moveOn and the mastery score. moveOn is Passed: the course is done for
 * credit when the final assessment is passed, as the SCORM packages report
 * it (isDone in scorm/outcome.ts); completed and failed are still sent. The
 * mastery score is the final assessment's pass mark; an LMS may set another
 * at import, which the course then judges by (judge.ts).
 */
import type { MoveOn } from '../launch-params';

/** IRIs of the course's own naming (URNs: no web address is claimed); an LMS gives each launch its own activityId. */
export const COURSE_IRI = 'urn:warm-open:cmi5:course';
export const AU_IRI = `${COURSE_IRI}:au`;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lang = (s: string) => `<langstring lang="en-US">${xml(s)}</langstring>`;

export interface StructureOptions {
  title: string;
  description: string;
  url: string;
  moveOn: MoveOn;
  masteryScore?: number;
}

export function courseStructure(o: StructureOptions): string {
  if (/^[a-z][a-z0-9+.-]*:|^\//i.test(o.url)) throw new Error(`cmi5: the AU's URL must be relative to the package: ${o.url}`);
  const mastery = o.masteryScore === undefined ? '' : ` masteryScore="${o.masteryScore}"`;
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${COURSE_IRI}">
    <title>${lang(o.title)}</title>
    <description>${lang(o.description)}</description>
  </course>
  <au id="${AU_IRI}" moveOn="${o.moveOn}"${mastery} launchMethod="AnyWindow">
    <title>${lang(o.title)}</title>
    <description>${lang(o.description)}</description>
    <url>${xml(o.url)}</url>
  </au>
</courseStructure>
`;
}
