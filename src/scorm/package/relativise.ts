/**
 * Rewrites a site built under the stand-in base (package-base.ts) so it runs
 * from any folder an LMS serves it from:
 *
 * - HTML: every attribute URL under the base becomes relative to the file,
 *   with index.html after a folder for links, forms and frames (LMS players
 *   often serve files only by full name); data-* attributes stay folders.
 *   <html> gets data-package-root ("../../"), from which scripts find the
 *   root. Canonical, og:url and sitemap links, which name the public site,
 *   are removed. Inline scripts and styles are rewritten like files, and
 *   their CSP hashes replaced to match.
 * - CSS: url(…) relative to the stylesheet.
 * - JavaScript: a string or template literal starting with the base gets the
 *   package root, computed in the browser, in its place.
 *
 * Anything under the base this does not understand is returned as a problem,
 * and the build stops. Pure string work (hashes from src/utils/csp-hash.ts).
 */
import { cspHash } from '../../utils/csp-hash.ts';
import { posix } from 'node:path';
import { PACKAGE_BASE_NAME, ROOT_ATTRIBUTE } from '../package-base.ts';

export const PACKAGE_BASE = `/${PACKAGE_BASE_NAME}/`;

/** The package root, as the browser works it out on any course page. */
export const ROOT_EXPRESSION = `new URL(document.documentElement.getAttribute("${ROOT_ATTRIBUTE}")||"./",location.href).pathname`;

export interface Rewritten {
  text: string;
  problems: string[];
}

/** "openers/x/index.html" → "../../" ; "index.html" → "./" */
export const rootFrom = (file: string): string => '../'.repeat(file.split('/').length - 1) || './';

/**
 * A path under the base ("openers/x/?q=1#a") as a URL relative to `file`.
 * `page`: a folder gets index.html (links, forms, frames); otherwise it stays a folder.
 */
export function relativeTo(file: string, target: string, page: boolean): string {
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(target) ?? [];
  const folder = path === '' || path.endsWith('/');
  const full = folder && page ? `${path}index.html` : path;
  const from = posix.dirname(file) === '.' ? '' : posix.dirname(file);
  let relative = posix.relative(from, full.replace(/\/$/, '') || '.');
  if (folder && !page) relative = relative ? `${relative}/` : './';
  else if (relative === '') relative = './';
  return relative + rest;
}

const escaped = PACKAGE_BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** JavaScript: literals that start with the base take the run-time root. */
export function rewriteScript(js: string, where: string): Rewritten {
  const text = js
    .replace(new RegExp('`' + escaped, 'g'), '`${' + ROOT_EXPRESSION + '}')
    // The whole quoted literal in brackets: `"/base/".replace(…)` must apply to the root plus the rest, not to the rest alone.
    .replace(new RegExp(`(["'])${escaped}((?:[^"'\\\\\\n]|\\\\.)*)\\1`, 'g'), (_m, q: string, rest: string) => `(${ROOT_EXPRESSION}+${q}${rest}${q})`);
  return { text, problems: text.includes(PACKAGE_BASE) ? [`${where}: the base appears in a way this build cannot rewrite`] : [] };
}

/** CSS: url(/base/…) relative to the stylesheet (or to the page, for a <style> in it). */
export function rewriteCss(css: string, file: string): Rewritten {
  const text = css.replace(new RegExp(`url\\(\\s*(["']?)${escaped}([^"')]*)\\1\\s*\\)`, 'g'), (_m, q: string, path: string) => `url(${q}${relativeTo(file, path, false)}${q})`);
  return { text, problems: text.includes(PACKAGE_BASE) ? [`${file}: the base appears in CSS this build cannot rewrite`] : [] };
}

/** Attributes that load or open a page: a folder there gets index.html. */
const PAGE_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster']);
const DROPPED = [/<link\b[^>]*\brel="(?:canonical|sitemap)"[^>]*>/g, /<meta\b[^>]*\bproperty="og:url"[^>]*>/g];
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/g;

function rewriteAttributes(markup: string, file: string): string {
  return markup.replace(/(\s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)=("([^"]*)"|'([^']*)')/g, (whole, space: string, name: string, _q, dq?: string, sq?: string) => {
    const value = dq ?? sq ?? '';
    if (!value.startsWith(PACKAGE_BASE)) return whole;
    const quote = dq === undefined ? "'" : '"';
    const url = relativeTo(file, value.slice(PACKAGE_BASE.length), PAGE_ATTRIBUTES.has(name.toLowerCase()));
    return `${space}${name}=${quote}${url}${quote}`;
  });
}

export function rewriteHtml(html: string, file: string): Rewritten {
  const problems: string[] = [];
  const hashes = new Map<string, string>();
  let text = DROPPED.reduce((t, pattern) => t.replace(pattern, ''), html);

  // Markup and raw text (scripts, styles) apart: attribute patterns must never touch code.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(RAW_TEXT)) {
    const [whole, open = '', tag = '', body = '', close = ''] = m;
    out += rewriteAttributes(text.slice(last, m.index), file);
    const isData = /\stype="application\/(?:ld\+)?json"/.test(open);
    const rewritten = isData ? { text: body, problems: [] } : tag === 'style' ? rewriteCss(body, file) : rewriteScript(body, `${file} (inline script)`);
    problems.push(...rewritten.problems);
    if (rewritten.text !== body) hashes.set(cspHash(body), cspHash(rewritten.text));
    out += rewriteAttributes(open, file) + rewritten.text + close;
    last = m.index + whole.length;
  }
  text = out + rewriteAttributes(text.slice(last), file);

  for (const [before, after] of hashes) text = text.replaceAll(`'${before}'`, `'${after}'`);
  text = text.replace(/<html\b/, `<html ${ROOT_ATTRIBUTE}="${rootFrom(file)}"`);
  if (text.includes(PACKAGE_BASE)) problems.push(`${file}: the base appears in a way this build cannot rewrite (${snippet(text)})`);
  return { text, problems };
}

function snippet(text: string): string {
  const at = text.indexOf(PACKAGE_BASE);
  return text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ');
}
