// The inline shell (src/scripts/shell.ts) bundled here the way the site
// bundles it (src/integrations/inline-script.mjs), whole or without one of
// its parts, to measure what a part costs every page.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScript } from '../../src/integrations/inline-script.mjs';

const root = join(import.meta.dirname, '../..');
export const SHELL = join(root, 'src/scripts/shell-with-tracker.ts');

/** The entry of pages without questions with the tracker's import left out, in a temporary file. */
export const SHELL_WITHOUT_TRACKER = (() => {
  const source = readFileSync(SHELL, 'utf8');
  const without = source.replace(/^import '\.\.\/components\/progress\/tracker';$/m, '');
  if (without === source) throw new Error('shell-with-tracker.ts no longer imports the tracker as expected');
  const file = join(mkdtempSync(join(tmpdir(), 'warm-open-shell-')), 'shell.ts');
  writeFileSync(file, without.replaceAll("'../", `'${join(root, 'src')}/`).replaceAll("'./", `'${join(root, 'src/scripts')}/`));
  return file;
})();

/** Gzip (level 9) of an entry bundled as the page gets it. */
export async function gzipOf(entry: string): Promise<number> {
  const plugin = inlineScript({ define: { 'import.meta.env.BASE_URL': '"/course/"' } });
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string>;
  const module = await load.call({ addWatchFile: () => undefined }, `\0${entry}?inline-script`);
  const code = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as string;
  return gzipSync(code, { level: 9 }).length;
}
