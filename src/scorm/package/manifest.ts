/**
 * imsmanifest.xml for the package: one organization, one item, one SCO
 * resource (the launch page) that lists every file in the package, by a path
 * relative to the package root.
 *
 * SCORM 1.2: IMS Content Packaging 1.1.2 with ADL's adlcp 1.2 extension
 * (adlcp:scormtype="sco"). SCORM 2004 4th edition: IMS CP 1.1.4 with adlcp
 * 1.3 (adlcp:scormType="sco") and delivery controls saying the content sets
 * its own completion and success. Both name their schemas in
 * xsi:schemaLocation by file name, as ADL's own examples do; the package does
 * not ship the .xsd files (LMSs validate against their own copies).
 */
import type { ScormVersion } from '../outcome';

export const LAUNCH_PAGE = 'scorm-launch.html';

export interface ManifestOptions {
  version: ScormVersion;
  /** Course title, shown by the LMS. */
  title: string;
  /** Every file in the package except imsmanifest.xml, relative, with "/" separators. */
  files: string[];
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A path safe to list: relative, no "..", no scheme, no backslash. */
export const isPackagePath = (path: string) => path !== '' && !/^[a-z][a-z0-9+.-]*:|^\/|\\|(^|\/)\.\.(\/|$)/i.test(path);

export function manifest({ version, title, files }: ManifestOptions): string {
  const bad = files.filter((f) => !isPackagePath(f));
  if (bad.length) throw new Error(`SCORM manifest: not relative package paths: ${bad.slice(0, 5).join(', ')}`);
  if (!files.includes(LAUNCH_PAGE)) throw new Error(`SCORM manifest: the package has no ${LAUNCH_PAGE}`);
  const list = [...new Set(files)].sort().map((f) => `      <file href="${xml(encodeURI(f))}"/>`).join('\n');
  const id = version === '1.2' ? 'warm-open-scorm12' : 'warm-open-scorm2004';
  const name = xml(title);
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="warm-open-org">
    <organization identifier="warm-open-org">
      <title>${name}</title>
      <item identifier="warm-open-item" identifierref="warm-open-sco" isvisible="true">
        <title>${name}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="warm-open-sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_PAGE}">
${list}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="warm-open-org">
    <organization identifier="warm-open-org">
      <title>${name}</title>
      <item identifier="warm-open-item" identifierref="warm-open-sco" isvisible="true">
        <title>${name}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="warm-open-sco" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_PAGE}">
${list}
    </resource>
  </resources>
</manifest>
`;
}
