/**
 * The page-level event that says "progress changed here, show it": the
 * recorder and the progress pages dispatch it on document after they write;
 * the tracker re-renders the header, lists and notice from the writer's copy
 * (which, when storage is blocked, exists only in the writer's memory) and
 * shows the writer's store problem, if it found one.
 */
import type { ProgressState } from '../state';
import type { Problem } from '../store';

export const PROGRESS_CHANGED = 'warm-open:progress-changed';

export interface ChangeDetail {
  state: ProgressState;
  problem: Problem | undefined;
}

/** localStorage, or undefined where reading the property itself throws (storage blocked). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
