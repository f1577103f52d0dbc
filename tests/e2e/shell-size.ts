// A script bundled here the way the site bundles the inline shell
// (src/integrations/inline-script.mjs), to measure what a part of the shell
// costs every page.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScript } from '../../src/integrations/inline-script.mjs';

const root = join(import.meta.dirname, '../..');
/** The one inline shell every page runs. */
export const SHELL = join(root, 'src/shell/shell.ts');
/** The progress tracker, part of the shell; bundled alone, its share of it (it shares no code with the rest). */
export const TRACKER = join(root, 'src/components/progress/tracker.ts');

/** Gzip (level 9) of an entry bundled as the page gets it. */
export async function gzipOf(entry: string): Promise<number> {
  const plugin = inlineScript({ define: { 'import.meta.env.BASE_URL': '"/course/"' } });
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string>;
  const module = await load.call({ addWatchFile: () => undefined }, `\0${entry}?inline-script`);
  const code = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as string;
  return gzipSync(code, { level: 9 }).length;
}
