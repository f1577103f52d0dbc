/**
 * Damaged progress the store kept aside (KEPT_PREFIX + time), listed for the
 * progress page so the learner can download or, if they choose, delete it.
 */
import type { StorageLike } from './store';
import { KEPT_PREFIX } from './state';

export interface KeptCopy {
  key: string;
  time: number;
  text: string;
}

/** Oldest first; nothing when storage is blocked. */
export function keptAside(storage: StorageLike | undefined): KeptCopy[] {
  const copies: KeptCopy[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(KEPT_PREFIX)) copies.push({ key, time: Number(key.slice(KEPT_PREFIX.length)) || 0, text: storage.getItem(key) ?? '' });
    }
  } catch {
    // Blocked storage has no copies to list.
  }
  return copies.sort((a, b) => a.time - b.time);
}

/** Deletes one kept copy, at the learner's request; only ever a kept copy. */
export function discardKept(storage: StorageLike | undefined, key: string): void {
  if (!key.startsWith(KEPT_PREFIX)) return;
  try {
    storage?.removeItem(key);
  } catch {
    // The copy stays, which is the safe side.
  }
}
