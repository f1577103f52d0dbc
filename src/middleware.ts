// Each page's CSP <meta> cut to the hashes of its own inline code as the page
// is rendered (why: src/utils/page-csp.ts). Pages are prerendered, so this
// runs at build time only, once per page, before the file is written.
import { defineMiddleware } from 'astro:middleware';
import { keepOwnHashes } from './utils/page-csp';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(keepOwnHashes(await response.text()), response);
});
