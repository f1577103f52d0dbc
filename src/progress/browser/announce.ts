/** Dispatches events.ts's PROGRESS_CHANGED after a write (kept out of events.ts, which every page loads, because only writers need it). */
import type { ProgressStore } from '../store';
import type { ChangeDetail } from './events';
import { PROGRESS_CHANGED } from './events';

export function announceChange(store: ProgressStore): void {
  const detail: ChangeDetail = { state: store.read(), problem: store.problem() };
  document.dispatchEvent(new CustomEvent(PROGRESS_CHANGED, { detail }));
}
