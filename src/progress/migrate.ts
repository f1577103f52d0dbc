/**
 * Reading stored or imported progress of any format version.
 *
 * How it migrates: when the shape in state.ts changes, VERSION goes up by one
 * and a step is added here, keyed by the version it upgrades from; reading
 * runs the steps in turn, then reads the result entry by entry (read-state.ts):
 * entries that break a rule are left out and named in `dropped`. Format 1 kept
 * its version in "v", format 2 on in "version". Data from a newer version than
 * this build knows (another tab or device running a later release) is refused,
 * never rewritten, so an older build cannot damage it.
 */
import type { ReadState } from './read-state';
import { readState } from './read-state';
import { VERSION } from './state';
import { stateV1toV2 } from './v1-to-v2';

type Json = Record<string, unknown>;
/** steps[n] turns format n into format n + 1. */
export type MigrationSteps = Readonly<Record<number, (old: Json) => Json>>;

export const MIGRATIONS: MigrationSteps = { 1: stateV1toV2 };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The format version of stored progress: "version" from format 2, "v" before. */
export const versionOf = (data: unknown): number | undefined => {
  const v = isObject(data) ? (Object.hasOwn(data, 'version') ? data['version'] : data['v']) : undefined;
  return Number.isSafeInteger(v) ? (v as number) : undefined;
};

/** A later format than this code knows: to be left alone, not kept aside or rewritten. */
export type Migrated = ReadState | { ok: false; error: string; newer: true };

export function migrate(data: unknown, steps: MigrationSteps = MIGRATIONS): Migrated {
  let version = versionOf(data);
  if (!isObject(data) || version === undefined) return { ok: false, error: 'This is not Warm Open progress data.' };
  if (version > VERSION)
    return {
      ok: false,
      newer: true,
      error: `This progress was saved by a newer version of the course (format ${version}); this page reads up to format ${VERSION}.`,
    };
  let current: Json = data;
  while (version < VERSION) {
    const step = steps[version];
    if (!step) return { ok: false, error: `Progress in format ${version} can no longer be read.` };
    current = step(current);
    version += 1;
  }
  const read = readState(current);
  return read.ok ? read : { ok: false, error: `The progress data is damaged (${read.error}).` };
}

/** Text as stored (or read from a file) to progress; never throws. */
export function parseProgress(text: string, steps: MigrationSteps = MIGRATIONS): Migrated {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The progress data is damaged (it is not valid JSON).' };
  }
  return migrate(data, steps);
}
