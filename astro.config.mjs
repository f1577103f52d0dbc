// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// Deploy under a sub-path with BASE_PATH=/course/ (tests do); SITE_URL sets canonical URLs.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://warm-open.example';

// The theme script must run inline before paint; CSP allows it by its hash.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8').trim();
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  // Fixture builds in tests get their own cache so they never disturb the real one.
  ...(process.env.WARM_OPEN_CACHE_DIR ? { cacheDir: process.env.WARM_OPEN_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [
    mdx(),
    // Pages marked noindex (a learner's own assignment, report, certificate…) stay out of the sitemap too.
    sitemap({ filter: (page) => !/\/(assign|assignment|report|certificate|check-report|review)\/$/.test(new URL(page).pathname) }),
  ],
  // No code blocks in the course; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Known and harmless for MDX on Astro 7 (withastro/astro#18087); it buries real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
    },
  },
});
