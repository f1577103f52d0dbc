/**
 * How course pages and the SCORM launch page find each other. The launch page
 * (launch/launcher.ts) holds the LMS session and shows the course pages in an
 * iframe; it puts this object on its window, and each course page's bridge
 * (bridge.ts) looks for it on `window.parent`: the same origin, since both
 * come from the package. A page that finds none is not inside the launch
 * page, and behaves exactly as the site does outside an LMS.
 */
import { PROGRESS_KEY } from '../progress/state';
import type { StorageLike } from '../progress/store';

export const HOST_KEY = 'warmOpenScorm';

export interface ScormHost {
  /**
   * Where course pages keep progress, in place of their own localStorage:
   * this activity's view of it (activity-storage.ts), so activities an LMS
   * serves from one origin keep apart; the launch page's memory when this
   * browser refuses localStorage (third-party storage blocked, as some LMS
   * set-ups cause), which lasts the session and reaches the LMS; a copy in
   * memory in review. Undefined only when no launch page lends one.
   */
  readonly storage: StorageLike | undefined;
  /** A course page changed progress (besides what `storage` reports itself). */
  changed(): void;
  /** The learner's sound setting from the LMS (cmi5's audioPreference); undefined when it gave none. */
  readonly sound?: 'on' | 'off' | undefined;
}

/** A StorageLike in memory that says when it changes. */
export function memoryStorage(onChange: () => void): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      items.set(key, String(value));
      onChange();
    },
    removeItem(key) {
      items.delete(key);
      onChange();
    },
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

/** A launch page's storage: this browser's localStorage, or the page's memory where the browser refuses it. */
export function launchStorage(onChange: () => void): StorageLike {
  try {
    const storage = window.localStorage;
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return memoryStorage(onChange);
  }
}
