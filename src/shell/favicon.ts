// The site's icon, written into each page as a data: URL rather than fetched
// as /favicon.svg: the browser asked for the file on every first visit (a
// request of about 390 B over the wire, headers included, on top of the
// page), and the icon is the header's logo, whose shapes the page already
// carries, so inline it costs about 90 B of brotli. Kept as an SVG file to
// edit; only % and # are escaped (a data: URL's body may hold < and > raw,
// and every page carries this, so the 16 B of %3C/%3E count at 1,000 lessons).
import svg from './favicon.svg?raw';

export const FAVICON_URL = `data:image/svg+xml,${svg.trim().replaceAll('"', "'").replace(/[%#]/g, encodeURIComponent)}`;
