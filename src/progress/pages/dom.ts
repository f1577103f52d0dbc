/**
 * Small browser helpers for the progress pages. Everything that comes from a
 * file, a link or storage goes in as text (text nodes, textContent), never as
 * HTML; links are built only from the course's own URLs.
 */
import type { CourseIndex, QuestionBank } from '../course-index';
import type { ProgressStore } from '../store';
import { openProgress } from '../store';
import { strictCodec } from '../strict-codec';
import { announceChange } from '../browser/announce';
import { browserStorage } from '../browser/events';
import { h } from '../../utils/h';

export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function $<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
}

/** The strict store, for pages that read progress in depth (and keep damaged data aside). */
export function pageStore(): { store: ProgressStore; storage: Storage | undefined } {
  const storage = browserStorage();
  const store = openProgress(storage, strictCodec);
  store.read();
  if (store.problem()) announceChange(store);
  return { store, storage };
}

/** A file the learner chose, as text: refused when larger than a file of its kind can be, or when the browser cannot read it. */
export async function readChosenFile(file: File, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; tooLarge: boolean }> {
  if (file.size > maxBytes) return { ok: false, tooLarge: true };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, tooLarge: false };
  }
}

/** Offers text as a file download (Blob + <a download>): nothing leaves the device. */
export function download(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const loadIndex = () => getJson<CourseIndex>('course-index.json');
export const loadQuestionBank = () => getJson<QuestionBank>('course-questions.json');

/** The calm sentence for when the course's own data cannot be fetched. */
export const LOAD_FAILED = 'The course details could not be loaded. Check your connection and reload the page; nothing you saved is affected.';

/** "Saturday 5 December 2026" in the reader's language. */
export const longDate = (t: number | string): string =>
  new Date(typeof t === 'string' ? `${t}T12:00:00` : t).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** Storage key for things a page remembers beside progress. */
export const rememberKey = (what: 'assignment' | 'name') => `warm-open:${what}`;

export function remember(storage: Storage | undefined, what: 'assignment' | 'name', value: string) {
  try {
    storage?.setItem(rememberKey(what), value);
  } catch {
    // Not remembered: the page still works from the link or the form.
  }
}

export function recall(storage: Storage | undefined, what: 'assignment' | 'name'): string | undefined {
  try {
    return storage?.getItem(rememberKey(what)) ?? undefined;
  } catch {
    return undefined;
  }
}
