/**
 * The SCORM launch page (the package's SCO): the course map as a JSON data
 * block, an empty status region for the LMS notice, and the iframe the course
 * pages open in. Its script (launch/launcher.ts, bundled to LAUNCH_SCRIPT)
 * sets the iframe's address once it has talked to the LMS. Without
 * JavaScript, which no LMS runs without, a link opens the course untracked.
 * The cmi5 launch page (src/cmi5/package/launch-page.ts) is the same page
 * with its own names: launchPageHtml is both.
 */
import type { ScormCourse } from '../course-map';
import type { ScormVersion } from '../outcome';

export const LAUNCH_SCRIPT = 'scorm-launch.js';
export const LAUNCH_STYLE = 'scorm-launch.css';

/** The launch page's policy: the package's own files only (cmi5 adds connect-src, for the LRS). */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface LaunchPageParts {
  course: ScormCourse;
  title: string;
  /** The id of the course map's data block, which the launch script reads. */
  dataId: string;
  script: string;
  style: string;
  /** Added to the policy, e.g. "connect-src 'self' https:". */
  extraCsp?: string;
  /** Attributes on <html>, already escaped. */
  htmlAttributes?: string;
  /** An Exit button, unseen until the launch script has a session to end (cmi5's; a SCORM player has its own). */
  exit?: boolean;
}

export function launchPageHtml({ course, title, dataId, script, style, extraCsp, htmlAttributes = '', exit = false }: LaunchPageParts): string {
  // "<" escaped so no text in the data can close the block.
  const data = JSON.stringify(course).replace(/</g, '\\u003c');
  const csp = extraCsp ? `${CSP}; ${extraCsp}` : CSP;
  return `<!DOCTYPE html>
<html lang="en"${htmlAttributes}>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <meta http-equiv="content-security-policy" content="${csp}">
    <title>${text(title)}</title>
    <link rel="stylesheet" href="${style}">
    <script type="application/json" id="${dataId}">${data}</script>
    <script src="${script}" defer></script>
  </head>
  <body>${exit ? '\n    <p class="lms-exit" data-exit hidden><button type="button">Exit the course</button></p>' : ''}
    <div class="lms-notice" role="status" data-lms-notice></div>
    <iframe class="course-frame" title="${text(title)}" data-course-frame></iframe>
    <noscript><p class="lms-noscript">This course needs JavaScript to report to your learning system. <a href="index.html">Open the course without reporting</a>.</p></noscript>
  </body>
</html>
`;
}

export const launchPage = (version: ScormVersion, course: ScormCourse, title: string): string =>
  launchPageHtml({ course, title, dataId: 'scorm-course', script: LAUNCH_SCRIPT, style: LAUNCH_STYLE, htmlAttributes: ` data-scorm-version="${version}"` });
