// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { inlineScript } from './src/integrations/inline-script.mjs';
import { pagefindIndex } from './src/integrations/pagefind.mjs';
import { directEntries } from './src/integrations/direct-entries.mjs';

// Deploy under a sub-path with BASE_PATH=/course/ (tests do); SITE_URL sets canonical URLs.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://warm-open.example';

export default defineConfig({
  // Fixture builds in tests get their own cache so they never disturb the real one.
  ...(process.env.WARM_OPEN_CACHE_DIR ? { cacheDir: process.env.WARM_OPEN_CACHE_DIR } : {}),
  site,
  base,
  trailingSlash: 'always',
  compressHTML: true,
  // Styles inline in each page: a stylesheet request blocks the first paint by a
  // round trip (about 300 ms on a slow phone connection), and each page carries
  // only the styles its components use (quiz styles on quiz pages, and so on).
  // Two pages render at a time: one page's file writes and module loads overlap the next one's rendering.
  build: { inlineStylesheets: 'always', concurrency: 2 },
  integrations: [
    // The static parts of each MDX file compile to one HTML string rather than a
    // call per element: the same HTML, with far less code to bundle, load and run.
    mdx({ optimize: true }),
    // Pages marked noindex (a learner's own assignment, report, certificate…, the search dialog's panel) stay out of the sitemap too.
    sitemap({ filter: (page) => !/\/(assign|assignment|report|certificate|check-report|review|search\/panel)\/$/.test(new URL(page).pathname) }),
    // Script tags name the chunk with the code, not an entry that only imports it (one request less each).
    directEntries(),
    // The search index, once the pages are written. A SCORM package's result URLs name their files (scripts/scorm/build.mjs).
    pagefindIndex({ urls: process.env.WARM_OPEN_SCORM === '1' ? 'files' : 'folders' }),
  ],
  // No code blocks in the course; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    environments: {
      // Short names for the browser's files: a page names several in its templates, and
      // the long ones Astro derives from component names cost bytes in every page.
      client: { build: { rolldownOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js' } } } },
      // The bundle that renders the pages (run during the build, then deleted).
      // Rolldown gave each MDX file two chunks (its content and Astro's style
      // propagation wrapper): at 1,000 lessons, 2,000 files to process, write and
      // import one by one while pages render. Here they share chunks of about
      // 1 MB (one chunk of everything held more memory while it was written).
      prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: /\.mdx($|\?)/, maxSize: 1_000_000 }] } } } } },
    },
    // The base with a slash at each end (code that reads BASE_URL normalises it so anyway).
    plugins: [inlineScript({ define: { 'import.meta.env.BASE_URL': JSON.stringify(`/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')) } })],
    build: {
      rolldownOptions: {
        // Known and harmless for MDX on Astro 7 (withastro/astro#18087); it buries real
        // warnings. Off rather than filtered: Rolldown formatted one, with a code frame,
        // for every MDX file.
        checks: { moduleLevelDirective: false },
      },
    },
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", 'media-src blob:', "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The inline theme and shell scripts add their own hashes per page (BaseLayout.astro).
      },
    },
  },
});
