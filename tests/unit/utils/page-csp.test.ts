// Each page's CSP keeps only the hashes of inline code the page carries.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepOwnHashes } from '../../../src/utils/page-csp';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('keepOwnHashes', () => {
  const mine = 'document.title="x"';
  const style = 'body{color:red}';
  const other = sha('someone else’s script');

  it('drops hashes of code the page does not carry and keeps the rest of the policy', () => {
    const html = page(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha(mine)}' '${other}'; style-src 'self' '${sha(style)}' '${other}';`,
      `<style>${style}</style><script>${mine}</script>`,
    );
    expect(policyOf(keepOwnHashes(html))).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha(mine)}'; style-src 'self' '${sha(style)}';`);
  });

  it('counts inline scripts inside templates (they run once mounted) but not scripts with a src', () => {
    const later = 'console.log(1)';
    const html = page(
      `script-src 'self' '${sha(later)}' '${sha('')}'`,
      `<template><script type="module">${later}</script></template><script type="module" src="/a.js"></script>`,
    );
    expect(policyOf(keepOwnHashes(html))).toBe(`script-src 'self' '${sha(later)}'`);
  });

  it('leaves a page without a CSP, and everything outside the policy, exactly as it was', () => {
    const plain = '<!DOCTYPE html><p>no policy</p>';
    expect(keepOwnHashes(plain)).toBe(plain);
    const html = page(`script-src 'self' '${other}'`, `<p>$& and $1 stay</p>`);
    expect(keepOwnHashes(html).replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('never drops the hash of code on the page, whatever the code and order', () => {
    const code = fc.string({ minLength: 1 }).filter((s) => !/<\/(script|style)/i.test(s));
    fc.assert(
      fc.property(fc.array(code, { maxLength: 4 }), fc.array(code, { maxLength: 4 }), fc.boolean(), (scripts, strangers, reversed) => {
        const hashes = [...scripts, ...strangers].map((s) => `'${sha(s)}'`);
        if (reversed) hashes.reverse();
        const html = page(`script-src 'self' ${hashes.join(' ')}`, scripts.map((s) => `<script>${s}</script>`).join(''));
        const kept = policyOf(keepOwnHashes(html)) ?? '';
        for (const s of scripts) expect(kept).toContain(sha(s));
        for (const s of strangers) if (!scripts.includes(s)) expect(kept).not.toContain(sha(s));
        expect(kept.startsWith("script-src 'self'")).toBe(true);
      }),
    );
  });
});
