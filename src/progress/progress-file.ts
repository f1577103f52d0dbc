/**
 * Progress as a file, to carry it to another device or browser:
 *
 *   { "format": "warm-open-progress", "made": 1764000000000, "progress": { …state.ts's format… } }
 *
 * The progress inside keeps its own version, so an old file is migrated like
 * stored data. Stored progress on its own (what the progress page saves of a
 * copy it set aside) is read the same way. Importing merges (merge.ts's
 * combine: the best of both) and never replaces. Entries that break a rule
 * are left out and named (`dropped`); a file whose outline cannot be read
 * changes nothing.
 */
import { migrate } from './migrate';
import type { Result } from './result';
import { err } from './result';
import type { ProgressState } from './state';

export const PROGRESS_FILE_FORMAT = 'warm-open-progress';
/** A whole course of attempts is well under this; anything bigger is not ours. */
export const MAX_PROGRESS_FILE_BYTES = 2_000_000;

export function progressFileText(state: ProgressState, now: number): string {
  return JSON.stringify({ format: PROGRESS_FILE_FORMAT, made: now, progress: state });
}

export const progressFileName = (now: number): string => `warm-open-progress-${new Date(now).toISOString().slice(0, 10)}.json`;

/** A file's text to progress (and what was left out, in words), or what is wrong with it in a sentence; never throws. */
export function readProgressFile(text: string): Result<ProgressState> & { dropped?: string[] } {
  if (typeof text !== 'string' || text.trim() === '') return err('This file is empty.');
  if (text.length > MAX_PROGRESS_FILE_BYTES) return err('This file is too large to be a progress file from this course (the limit is 2 MB).');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err('This file is not a progress file: it is not JSON.');
  }
  const file = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  // Stored progress as it was set aside: the progress itself, without the file's wrapping.
  const bare = file['format'] === undefined && (Object.hasOwn(file, 'version') || Object.hasOwn(file, 'v'));
  if (!bare && (file['format'] !== PROGRESS_FILE_FORMAT || !Object.hasOwn(file, 'progress')))
    return err('This file is not a Warm Open progress file. Choose the file that "Download my progress" saved.');
  const unknown = bare ? [] : Object.keys(file).filter((k) => !['format', 'made', 'progress'].includes(k));
  if (unknown.length)
    return err(
      `This progress file has fields the course never writes (${unknown
        .slice(0, 3)
        .map((k) => k.slice(0, 40))
        .join(', ')}), so it was not imported.`,
    );
  const migrated = migrate(bare ? file : file['progress']);
  return migrated.ok ? migrated : err(`${migrated.error} Nothing was imported.`);
}
