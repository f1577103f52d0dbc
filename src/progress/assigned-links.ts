/**
 * The assignments the Assign page made in this browser, so the Check a report
 * page can offer them back to the manager. Stored in localStorage under
 * "warm-open:assigned" as a JSON array of link codes, newest first, at most
 * MAX_ASSIGNED:
 *
 *   ["eyJ2IjoxLCJuIjoiU2FtIE9rYWZvciIs….Ab3dE_"]
 *
 * Only the codes are kept: each carries its trainee's name and date, so the
 * two can never disagree, and a code that no longer decodes (edited storage)
 * is left out when read. Blocked or full storage means nothing is remembered;
 * nothing else changes. No version field: a later format can tell this one by
 * its being an array of strings.
 */
import type { Assignment } from './assignment';
import { codeFromHash, decodeAssignment } from './assignment';
import type { StorageLike } from './store';

export const ASSIGNED_KEY = 'warm-open:assigned';
export const MAX_ASSIGNED = 30;

export interface AssignedLink {
  code: string;
  assignment: Assignment;
}

function storedCodes(storage: StorageLike | undefined): string[] {
  try {
    const data: unknown = JSON.parse(storage?.getItem(ASSIGNED_KEY) ?? '[]');
    return Array.isArray(data) ? data.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

/** The remembered assignments that still decode, newest first. */
export function readAssigned(storage: StorageLike | undefined): AssignedLink[] {
  return storedCodes(storage)
    .slice(0, MAX_ASSIGNED)
    .flatMap((code) => {
      const decoded = decodeAssignment(code);
      return decoded.ok ? [{ code, assignment: decoded.value }] : [];
    });
}

/** Remembers a code made here (first in the list, once); false when storage refused it. */
export function rememberAssigned(storage: StorageLike | undefined, code: string): boolean {
  if (!storage) return false;
  const codes = [code, ...storedCodes(storage).filter((c) => c !== code)].slice(0, MAX_ASSIGNED);
  try {
    storage.setItem(ASSIGNED_KEY, JSON.stringify(codes));
    return true;
  } catch {
    return false;
  }
}

/** The code in a pasted assignment link, or the pasted text itself when it is a bare code. */
export function codeFromLink(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return (hash >= 0 ? codeFromHash(trimmed.slice(hash)) : undefined) ?? trimmed;
}
