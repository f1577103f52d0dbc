// Validates an imsmanifest.xml against the IMS/ADL schema files, with libxml2's
// xmllint compiled to WebAssembly (xmllint-wasm): the check Moodle's upload and
// ADL's conformance suite make. The schema files are IMS's and ADL's own; the
// project does not ship copies of them (the SCORM 1.2 files carry a copyright
// line with no redistribution grant), so they are read from ../shared/scorm-xsd/,
// which CI places beside the repository. Without it, schemaDir() says why and
// the tests that need it are skipped with that reason.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

export type SchemaVersion = '1.2' | '2004';

const ROOT = fileURLToPath(new URL('../../../shared/scorm-xsd/', import.meta.url));
const FOLDER: Record<SchemaVersion, string> = { '1.2': '12', '2004': '2004' };

/** The folder of a version's schema files, or why there is none. */
export function schemaDir(version: SchemaVersion): { dir: string } | { missing: string } {
  const dir = join(ROOT, FOLDER[version]);
  return existsSync(join(dir, 'all.xsd'))
    ? { dir }
    : { missing: `no SCORM schema files at ${join(dir, 'all.xsd')} (../shared/scorm-xsd/ beside the repository)` };
}

function schemaFiles(dir: string): { fileName: string; contents: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(xsd|dtd)$/.test(d.name))
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { fileName: relative(dir, path).replaceAll('\\', '/'), contents: readFileSync(path, 'utf8') };
    });
}

/** Schema errors in a manifest ([] when it is valid). */
export async function manifestErrors(xml: string, version: SchemaVersion, dir: string): Promise<string[]> {
  const files = schemaFiles(dir);
  const all = files.find((f) => f.fileName === 'all.xsd');
  if (!all) throw new Error(`no all.xsd in ${dir}`);
  // libxml2 refuses to compile IMS's SCORM 1.2 metadata schema (imsmd_rootv1p2p1.xsd: "content model is not
  // determinist"); the manifests carry no IEEE LOM metadata, so 1.2 is checked without that one import.
  const entry = version === '1.2' ? { ...all, contents: all.contents.replace(/\s*<xsd:import [^>]*imsmd_rootv1p2p1\.xsd"\/>/, '') } : all;
  if (version === '1.2' && entry.contents === all.contents) throw new Error('all.xsd for SCORM 1.2 no longer imports imsmd_rootv1p2p1.xsd as expected');
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [entry],
    preload: files.filter((f) => f !== all),
  });
  if (result.valid) return [];
  // ADL's SCORM 1.2 ims_xml.xsd redeclares the xml namespace: xmllint prints that among the errors and
  // validates on (see ../shared/scorm-xsd/README.md), so only the manifest's own errors are returned.
  const own = result.errors.filter((e) => e.loc?.fileName === 'imsmanifest.xml').map((e) => e.rawMessage);
  return own.length ? own : result.errors.map((e) => e.rawMessage);
}
