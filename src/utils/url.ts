// Every internal link goes through here, so the site works under any `base`
// (BASE_URL is "/" or "/course" or "/course/" depending on config).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path ("openers/connect-first/") to a URL under the base. */
export function href(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

/** The base itself, with a trailing slash. */
export const baseUrl = base;
