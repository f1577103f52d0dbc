/**
 * Page visits and time, as changes to progress (the tracker's part; answers
 * are record.ts's). Pure: each takes a state and returns a new one.
 */
import type { LastPage, ProgressState } from './state';

/** A page seen: it becomes the last page; a lesson is marked opened the first time. */
export function visit(state: ProgressState, page: LastPage, lesson?: string): ProgressState {
  const next: ProgressState = { ...state, p: page };
  if (lesson && !state.l[lesson]) next.l = { ...state.l, [lesson]: { o: page[2], s: 0 } };
  return next;
}

/** Visible time on a lesson page, in whole seconds. */
export function spend(state: ProgressState, lesson: string, seconds: number, t: number): ProgressState {
  const current = state.l[lesson] ?? { o: t, s: 0 };
  return { ...state, l: { ...state.l, [lesson]: { ...current, s: current.s + Math.max(0, Math.round(seconds)) } } };
}
