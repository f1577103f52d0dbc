// The inline shell (src/shell/shell.ts) bundled here the way the site
// bundles it (src/integrations/inline-script.mjs), with or without the
// tracker, to measure what a part costs every page.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScript } from '../../src/integrations/inline-script.mjs';

const root = join(import.meta.dirname, '../..');
/** The inline script of pages without questions: the shell and the tracker. */
export const SHELL = join(root, 'src/shell/shell-with-tracker.ts');
/** The same without the tracker (pages with questions). */
export const SHELL_WITHOUT_TRACKER = join(root, 'src/shell/shell.ts');

/** Gzip (level 9) of an entry bundled as the page gets it. */
export async function gzipOf(entry: string): Promise<number> {
  const plugin = inlineScript({ define: { 'import.meta.env.BASE_URL': '"/course/"' } });
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string>;
  const module = await load.call({ addWatchFile: () => undefined }, `\0${entry}?inline-script`);
  const code = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as string;
  return gzipSync(code, { level: 9 }).length;
}
