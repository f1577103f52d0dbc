// What the SCORM specs read: the zips and the launch page `npm run build:scorm` makes. `npm test`
// builds them before the browser tests; `playwright test` after a plain `npm run build` skips the
// SCORM specs with this reason instead of failing on a missing file.
import { existsSync, readFileSync } from 'node:fs';
import type { ScormCourse } from '../../../src/scorm/course-map';

const at = (path: string) => new URL(`../../../${path}`, import.meta.url);
export const ZIPS = { '1.2': 'scorm/warm-open-scorm12.zip', '2004': 'scorm/warm-open-scorm2004.zip' } as const;
const LAUNCH = 'dist-scorm/scorm-launch.html';

export const scormBuilt = [...Object.values(ZIPS), LAUNCH].every((path) => existsSync(at(path)));
export const NOT_BUILT = 'the SCORM packages are not built: run `npm run build:scorm` first (npm test does)';

/** A file of the SCORM build, read only when it exists (an empty one otherwise: the spec is skipped). */
export const readBuilt = (path: string): Buffer => (scormBuilt ? readFileSync(at(path)) : Buffer.alloc(0));

/** The course map the launch page carries, as the package's scripts read it. */
export const builtCourse = (): ScormCourse =>
  JSON.parse(/id="scorm-course">(.*?)<\/script>/s.exec(readBuilt(LAUNCH).toString('utf8'))?.[1] ?? '{}') as ScormCourse;
