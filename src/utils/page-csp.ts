// Each page's CSP lists only the hashes of the inline code that page carries.
// Astro's <meta> names every inline script and style of the whole site on
// every page, plus its island and client-directive scripts, which this site
// never uses: about 1 KB of base64 per page that does not compress and that
// Lighthouse counts into the first paint. A policy that allows less is also
// the stricter one. src/middleware.ts applies it to each page as it is
// rendered, before it is written.
import { cspHash } from './csp-hash';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
// Raw text elements: their content is hashed exactly as written. Scripts with a
// src need no hash; those inside <template> run once mounted, so they count.
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HASH = /\s*'sha256-[A-Za-z0-9+/]+=*'/g;

/**
 * The page with its CSP's hashes cut to those of its own inline scripts and
 * styles. A page without a CSP <meta> comes back unchanged; so does every
 * other part of the policy.
 */
export function keepOwnHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = new Set<string>();
  for (const [, , attrs = '', body = ''] of html.matchAll(INLINE)) {
    if (!/\bsrc\s*=/.test(attrs) && body) own.add(cspHash(body));
  }
  const policy = (meta[1] ?? '').replace(HASH, (token) => (own.has(token.trim().slice(1, -1)) ? token : ''));
  return html.slice(0, meta.index) + meta[0].replace(/content="[^"]*"/, () => `content="${policy}"`) + html.slice(meta.index + meta[0].length);
}
