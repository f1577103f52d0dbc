import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findImportOnlyEntries, pointPastImportOnlyEntries } from '../../../src/integrations/direct-entries.mjs';

let assets = '';
beforeAll(async () => {
  assets = await mkdtemp(join(tmpdir(), 'direct-entries-'));
  await writeFile(join(assets, 'Facade1.js'), 'import"./Code-1.js";\n');
  await writeFile(join(assets, 'Facade2.js'), 'import"./Facade1.js";');
  await writeFile(join(assets, 'Code-1.js'), 'import"./Shared.js";console.log(1);');
  await writeFile(join(assets, 'Named.js'), 'import{a}from"./Code-1.js";a();');
  await writeFile(join(assets, 'Two.js'), 'import"./Code-1.js";import"./Named.js";');
});
afterAll(async () => rm(assets, { recursive: true, force: true }));

describe('script tags past one-import entries', () => {
  it('finds only files that are a single side-effect import, followed to the code', async () => {
    const entries = await findImportOnlyEntries(assets);
    expect(Object.fromEntries(entries)).toEqual({ 'Facade1.js': 'Code-1.js', 'Facade2.js': 'Code-1.js' });
  });

  it('points script tags at the code and leaves every other tag and text alone', async () => {
    const entries = await findImportOnlyEntries(assets);
    const html =
      '<template data-after-paint="recorder"><script type="module" src="/course/_astro/Facade2.js"></script></template>' +
      '<script type="module" src="../_astro/Named.js"></script><p>src="/course/_astro/Facade1.js"</p>';
    expect(pointPastImportOnlyEntries(html, entries)).toBe(
      '<template data-after-paint="recorder"><script type="module" src="/course/_astro/Code-1.js"></script></template>' +
        '<script type="module" src="../_astro/Named.js"></script><p>src="/course/_astro/Facade1.js"</p>',
    );
  });
});
