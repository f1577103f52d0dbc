/**
 * Page visits and time, as changes to progress (the tracker's part; answers
 * are record.ts's). Pure: each takes a state and returns a new one. They keep
 * to the reader's rules (state-schema.ts) with checks small enough for the
 * tracker in every page: a URL's runs of slashes are folded (a path typed with
 * 500 slashes is the same page), a URL or time the reader would refuse is not
 * recorded, and a lesson's time stops at MAX_AMOUNT seconds.
 */
import type { ProgressState } from './state';
import { ID, MAX_AMOUNT, MAX_TITLE, MAX_URL, entry } from './state';
import { isSaneTime } from './sane';

/** A page seen: it becomes the last page; a lesson is marked opened the first time. (Loose arguments: fewer bytes in every page.) */
export function visit(state: ProgressState, url: string, title: string, at: number, lesson?: string): ProgressState {
  const path = url.replace(/\/{2,}/g, '/');
  if (!isSaneTime(at) || path.length > MAX_URL) return state;
  const lessons = state.lessons;
  const next: ProgressState = { ...state, lastPage: { url: path, title: title.slice(0, MAX_TITLE), at } };
  if (lesson && ID.test(lesson) && !entry(lessons, lesson)) next.lessons = { ...lessons, [lesson]: { opened: at, seconds: 0 } };
  return next;
}

/** Visible time on a lesson page, in whole seconds. */
export function spend(state: ProgressState, lesson: string, seconds: number, t: number): ProgressState {
  const lessons = state.lessons;
  const current = entry(lessons, lesson) ?? { opened: t, seconds: 0 };
  if (!ID.test(lesson) || !isSaneTime(current.opened)) return state;
  const total = Math.min(MAX_AMOUNT, (Number(current.seconds) || 0) + Math.max(0, Math.round(seconds) || 0));
  return { ...state, lessons: { ...lessons, [lesson]: { ...current, seconds: total } } };
}
