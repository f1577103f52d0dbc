/**
 * The cmi5 launch page (the AU cmi5.xml launches): the course map as a JSON
 * data block, the notice region and the frame the course pages open in, as
 * the SCORM launch page has them. Its script (launch/launcher.ts, bundled to
 * LAUNCH_SCRIPT) talks to the LRS the LMS names at launch, so the page's CSP
 * lets it connect to any http(s) address and to nothing else of another origin.
 */
import type { ScormCourse } from '../../scorm/course-map';

export const LAUNCH_PAGE = 'cmi5-launch.html';
export const LAUNCH_SCRIPT = 'cmi5-launch.js';
export const LAUNCH_STYLE = 'cmi5-launch.css';

const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function launchPage(course: ScormCourse, title: string): string {
  const data = JSON.stringify(course).replace(/</g, '\\u003c');
  const csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'self' https: http:; object-src 'none'; base-uri 'self'; form-action 'self'";
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <meta http-equiv="content-security-policy" content="${csp}">
    <title>${text(title)}</title>
    <link rel="stylesheet" href="${LAUNCH_STYLE}">
    <script type="application/json" id="cmi5-course">${data}</script>
    <script src="${LAUNCH_SCRIPT}" defer></script>
  </head>
  <body>
    <div class="lms-notice" role="status" data-lms-notice></div>
    <iframe class="course-frame" title="${text(title)}" data-course-frame></iframe>
    <noscript><p class="lms-noscript">This course needs JavaScript to report to your learning system. <a href="index.html">Open the course without reporting</a>.</p></noscript>
  </body>
</html>
`;
}
