/**
 * Links made in the browser inside a SCORM package. Course scripts build some
 * links from the base ("…/certificate/") or from course-index.json (which
 * keeps the stand-in base), and many LMS players serve files only by their
 * full name, with no index.html for a folder. So a link into the package gets
 * the package root in place of the stand-in base, and index.html after a
 * folder. Pure.
 */
import { PACKAGE_BASE_NAME } from './package-base';

/** The href a link should have inside the package; undefined when it is fine as it is. */
export function packageHref(raw: string, page: URL, root: URL): string | undefined {
  let url: URL;
  try {
    url = new URL(raw, page);
  } catch {
    return undefined;
  }
  if (url.origin !== page.origin) return undefined;
  const segments = url.pathname.split('/');
  let path = url.pathname;
  if (segments[1] === PACKAGE_BASE_NAME) path = root.pathname + segments.slice(2).join('/');
  else if (!path.startsWith(root.pathname)) return undefined;
  if (path.endsWith('/')) path += 'index.html';
  if (path === url.pathname) return undefined;
  url.pathname = path;
  return url.href;
}
