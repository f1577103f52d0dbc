/**
 * How course pages and the SCORM launch page find each other. The launch page
 * (launch/launcher.ts) holds the LMS session and shows the course pages in an
 * iframe; it puts this object on its window, and each course page's bridge
 * (bridge.ts) looks for it on `window.parent`: the same origin, since both
 * come from the package. A page that finds none is not inside the launch
 * page, and behaves exactly as the site does outside an LMS.
 */
import type { StorageLike } from '../progress/store';

export const HOST_KEY = 'warmOpenScorm';

export interface ScormHost {
  /**
   * Where course pages keep progress when this browser refuses them
   * localStorage (third-party storage blocked, as some LMS set-ups cause):
   * the launch page's memory, which lasts the session and reaches the LMS.
   * Undefined while localStorage works.
   */
  readonly storage: StorageLike | undefined;
  /** A course page changed progress in `storage` (localStorage changes arrive as storage events). */
  changed(): void;
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
