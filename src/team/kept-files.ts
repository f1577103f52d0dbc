/**
 * The files dropped on the team board, kept in this browser until the manager
 * clears them, so the board is there again next visit and re-checked against
 * the course as it is then. localStorage, key "warm-open:team", format 1:
 *
 *   { "v": 1, "files": [{ "name": "warm-open-report-sam-okafor.json", "text": "{…the file's text…}" }] }
 *
 * The text is kept as dropped (reports and assignment links alike) and read
 * again on every load, so nothing here is trusted. A file of the same name
 * replaces the older one. Blocked or full storage keeps nothing and says so;
 * the board still shows what was dropped until the page is left. A later
 * format bumps "v"; this code ignores a newer one rather than guess at it.
 */
import type { StorageLike } from '../progress/store';
import type { DroppedFile } from './board';

export const TEAM_KEY = 'warm-open:team';
const VERSION = 1;

export type Kept = { files: DroppedFile[]; problem?: 'blocked' | 'unreadable' };

export function readKept(storage: StorageLike | undefined): Kept {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(TEAM_KEY) : null;
  } catch {
    return { files: [], problem: 'blocked' };
  }
  if (raw === null) return { files: [] };
  try {
    const data = JSON.parse(raw) as { v?: unknown; files?: unknown };
    if (data.v !== VERSION || !Array.isArray(data.files)) return { files: [], problem: 'unreadable' };
    const files = data.files
      .filter((f): f is DroppedFile => typeof f === 'object' && f !== null && typeof f.name === 'string' && typeof f.text === 'string')
      .map((f) => ({ name: f.name, text: f.text, ...(typeof f.problem === 'string' ? { problem: f.problem } : {}) }));
    return { files };
  } catch {
    return { files: [], problem: 'unreadable' };
  }
}

/** The kept files with these added (same name: the newer replaces it). */
export const withAdded = (kept: readonly DroppedFile[], added: readonly DroppedFile[]): DroppedFile[] => {
  const names = new Set(added.map((f) => f.name));
  return [...kept.filter((f) => !names.has(f.name)), ...added];
};

/** Writes the list; false when storage is blocked or full (nothing of the old list is lost then). */
export function writeKept(storage: StorageLike | undefined, files: readonly DroppedFile[]): boolean {
  if (!storage) return false;
  try {
    if (files.length === 0) storage.removeItem(TEAM_KEY);
    else storage.setItem(TEAM_KEY, JSON.stringify({ v: VERSION, files }));
    return true;
  } catch {
    return false;
  }
}
