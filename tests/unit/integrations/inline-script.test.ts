// The ?inline-script plugin: one module bundled whole, as text, with its
// files watched for `astro dev`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScript } from '../../../src/integrations/inline-script.mjs';

const dir = mkdtempSync(join(tmpdir(), 'warm-open-inline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'helper.ts'), 'export const greet = (name: string): string => `Hello, ${name}`;\n');
writeFileSync(join(dir, 'entry.ts'), "import { greet } from './helper';\n// a comment that must not ship\ndocument.title = greet(import.meta.env.BASE_URL);\n");

describe('inlineScript', () => {
  const plugin = inlineScript({ define: { 'import.meta.env.BASE_URL': '"/course/"' } });
  const resolveId = plugin.resolveId as (id: string, importer?: string) => string | null;
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string | null>;

  it('claims only ?inline-script imports', () => {
    expect(resolveId('./entry.ts', join(dir, 'page.astro'))).toBeNull();
    expect(resolveId('./entry.ts?inline-script', join(dir, 'page.astro'))).toBe(`\0${join(dir, 'entry.ts')}?inline-script`);
  });

  it('bundles the module and its imports into one minified string, with the values defined', async () => {
    const watched: string[] = [];
    const source = await load.call({ addWatchFile: (f) => watched.push(f) }, `\0${join(dir, 'entry.ts')}?inline-script`);
    const code = JSON.parse(source!.replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(code).toContain('Hello, ');
    expect(code).toContain('/course/');
    expect(code).not.toContain('import');
    expect(code).not.toContain('comment');
    expect(code).not.toContain(': string');
    expect(watched.sort()).toEqual([join(dir, 'entry.ts'), join(dir, 'helper.ts')].sort());
  });

  it('leaves other modules to Vite', async () => {
    expect(await load.call({ addWatchFile: () => undefined }, join(dir, 'entry.ts'))).toBeNull();
  });
});
