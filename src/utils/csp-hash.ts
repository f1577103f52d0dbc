// Code or styles written into a page by hand (is:inline), which Astro's CSP
// does not hash for us: the hash that allows exactly that text.
import { createHash } from 'node:crypto';

// The same few scripts and styles go into every page: at 1,000 lessons,
// hashing them afresh for each page was thousands of SHA-256 runs over the
// same text.
const hashes = new Map<string, `sha256-${string}`>();

export function cspHash(text: string): `sha256-${string}` {
  let hash = hashes.get(text);
  if (!hash) {
    hash = `sha256-${createHash('sha256').update(text).digest('base64')}`;
    hashes.set(text, hash);
  }
  return hash;
}
