/**
 * The cmi5 launch page (the AU cmi5.xml launches): the SCORM launch page
 * (src/scorm/package/launch-page.ts) with cmi5's names. Its script
 * (launch/launcher.ts, bundled to LAUNCH_SCRIPT) talks to the LRS the LMS
 * names at launch, so the page's CSP lets it connect to any http(s) address
 * and to nothing else of another origin. Its Exit button ends the session and
 * returns to the learning system (launch/launcher.ts).
 */
import type { ScormCourse } from '../../scorm/course-map';
import { launchPageHtml } from '../../scorm/package/launch-page.ts';

export const LAUNCH_PAGE = 'cmi5-launch.html';
export const LAUNCH_SCRIPT = 'cmi5-launch.js';
export const LAUNCH_STYLE = 'cmi5-launch.css';

export const launchPage = (course: ScormCourse, title: string): string =>
  launchPageHtml({ course, title, dataId: 'cmi5-course', script: LAUNCH_SCRIPT, style: LAUNCH_STYLE, extraCsp: "connect-src 'self' https: http:", exit: true });
