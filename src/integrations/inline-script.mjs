// @ts-check
// `import code from './x.ts?inline-script'`: the module bundled on its own by
// esbuild, minified, as a string to write into a page's <script>. For the
// shell every page runs (src/shell/shell.ts): inline, it costs no request,
// and so it can never delay the first paint the way a fetched script can.
// Astro bundles processed scripts with the rest of the site, where shared
// code is split into separate chunks; this keeps the shell whole.
// Its files are watched, so `astro dev` rebuilds it on change.
import { dirname, resolve } from 'node:path';
import { build, stop } from 'esbuild';

const SUFFIX = '?inline-script';

/**
 * @param {{ define: Record<string, string> }} options values to replace, as esbuild's `define`
 * @returns {import('vite').Plugin}
 */
export function inlineScript({ define }) {
  return {
    name: 'warm-open:inline-script',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith(SUFFIX) || !importer) return null;
      return `\0${resolve(dirname(importer), id.slice(0, -SUFFIX.length))}${SUFFIX}`;
    },
    // esbuild keeps a service process for later calls (about 18 MB): let it go once
    // the modules are loaded instead of through the rest of the build. A later call
    // (the dev server's next change) starts a new one.
    async buildEnd() {
      await stop();
    },
    async load(id) {
      if (!id.startsWith('\0') || !id.endsWith(SUFFIX)) return null;
      const entry = id.slice(1, -SUFFIX.length);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        metafile: true,
        legalComments: 'none',
        define,
        logLevel: 'silent',
      });
      for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
      const code = result.outputFiles[0]?.text.trim() ?? '';
      return `export default ${JSON.stringify(code)};`;
    },
  };
}
