/**
 * This browser's storage as one SCORM activity's pages see it. An LMS serves
 * every package it holds from its own origin, so every activity (and every
 * attempt at one) shares one localStorage: with the course's keys as they
 * are, finishing one activity showed as finished in the next one opened. The
 * launch page lends its course pages (bridge.ts) a view in which the course's
 * keys carry the activity's prefix, the package's launch path; only the
 * learner's theme and name are shared with the other activities and the site.
 *
 * In review, the pages get a copy in memory over that view instead: they
 * show the record and work as usual, and nothing they write is kept.
 */
import type { StorageLike } from '../progress/store';

/** Kept across activities: preferences, not progress. */
const SHARED = new Set(['warm-open:theme', 'warm-open:name']);

/** The prefix of an activity's keys in the browser's storage ("warm-open:scorm@/lms/content/3/|"). */
export const activityPrefix = (launchPath: string) => `warm-open:scorm@${launchPath}|`;

export function activityStorage(base: StorageLike, launchPath: string, onChange: () => void): StorageLike {
  const prefix = activityPrefix(launchPath);
  const stored = (key: string) => (SHARED.has(key) ? key : `${prefix}${key}`);
  const keys = () => {
    const out: string[] = [];
    for (let i = 0; i < base.length; i++) {
      const key = base.key(i);
      if (key === null) continue;
      if (key.startsWith(prefix)) out.push(key.slice(prefix.length));
      else if (SHARED.has(key)) out.push(key);
    }
    return out;
  };
  return {
    getItem: (key) => base.getItem(stored(String(key))),
    setItem(key, value) {
      base.setItem(stored(String(key)), String(value));
      onChange();
    },
    removeItem(key) {
      base.removeItem(stored(String(key)));
      onChange();
    },
    key: (index) => keys()[index] ?? null,
    get length() {
      return keys().length;
    },
  };
}

/** A copy in memory over `under`: reads fall through to it until a key is written here; nothing written reaches it. */
export function overlayStorage(under: StorageLike, seed: Record<string, string>): StorageLike {
  const items = new Map<string, string | null>(Object.entries(seed));
  const keys = () => {
    const all = new Set<string>();
    for (let i = 0; i < under.length; i++) {
      const key = under.key(i);
      if (key !== null) all.add(key);
    }
    for (const [key, value] of items) {
      if (value === null) all.delete(key);
      else all.add(key);
    }
    return [...all];
  };
  return {
    getItem: (key) => (items.has(String(key)) ? (items.get(String(key)) ?? null) : under.getItem(String(key))),
    setItem: (key, value) => void items.set(String(key), String(value)),
    removeItem: (key) => void items.set(String(key), null),
    key: (index) => keys()[index] ?? null,
    get length() {
      return keys().length;
    },
  };
}
