// Code or styles written into a page by hand (is:inline), which Astro's CSP
// does not hash for us: the hash that allows exactly that text.
import { createHash } from 'node:crypto';

export const cspHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text).digest('base64')}`;
