// The site's icon, written into each page as a data: URL rather than fetched
// as /favicon.svg: the browser asked for the file on every first visit (a
// request of about 390 B over the wire, headers included, on top of the
// page), and the icon is the header's logo, whose shapes the page already
// carries, so inline it costs about 90 B of brotli. Kept as an SVG file to
// edit; only the characters a URL must not hold raw are escaped.
import svg from './favicon.svg?raw';

export const FAVICON_URL = `data:image/svg+xml,${svg
  .trim()
  .replaceAll('"', "'")
  .replace(/[%#<>]/g, encodeURIComponent)}`;
