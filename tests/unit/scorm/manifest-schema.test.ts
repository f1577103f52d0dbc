// Both manifests against the IMS/ADL schema files (tests/support/scorm-schema.ts),
// as Moodle's upload check and ADL's test suite read them. The built zips'
// own manifests are checked the same way in tests/e2e/scorm-package.spec.ts.
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../src/scorm/package/manifest';
import { manifestErrors, schemaDir } from '../../support/scorm-schema';

/** Files as a build lists them: nested paths, a space, the search bundle. */
const files = ['scorm-launch.html', 'scorm-launch.js', 'index.html', 'openers/connect first/index.html', '_astro/x.js', 'pagefind/pagefind.js'];

for (const version of ['1.2', '2004'] as const) {
  const found = schemaDir(version);
  const missing = 'missing' in found ? found.missing : undefined;
  if (missing) console.log(`SCORM ${version} manifest schema check skipped: ${missing}`);

  describe.skipIf(missing !== undefined)(`the SCORM ${version} manifest and the IMS/ADL schemas`, () => {
    const dir = 'dir' in found ? found.dir : '';

    it('is valid', async () => {
      expect(await manifestErrors(manifest({ version, title: 'Warm & Open <course>', files }), version, dir)).toEqual([]);
    });

    it('a manifest the schemas refuse is reported, so a pass means something', async () => {
      const broken = manifest({ version, title: 'Warm Open', files }).replace(/<organizations default="[^"]*">/, '<organizations><unexpected/>');
      const errors = await manifestErrors(broken, version, dir);
      expect(errors.join('\n')).toMatch(/imsmanifest\.xml:\d+: .*Schemas validity error/);
    });
  });
}
