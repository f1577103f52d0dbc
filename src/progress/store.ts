/**
 * The progress store: reads and writes state.ts's format in a Storage-like
 * object it is given (localStorage in the browser, a Map-backed fake in tests,
 * the SCORM launcher's copy). It never touches `window` itself. There is one
 * way to open it, openProgress(storage, codec).
 *
 * Every change is applied to the freshest stored copy (read, change, write),
 * so two tabs add to each other's progress instead of overwriting it; sync()
 * mends the rare race where both wrote at once. When storage is blocked or
 * full the page keeps working on its own copy and problem() says so.
 *
 * Stored data that cannot be read whole, or only in part, is first copied
 * aside under KEPT_PREFIX; then the store goes on with what could be read
 * (nothing, or every sound entry). If no copy can be kept, the stored text is
 * never overwritten: the page works on its own copy and saves nothing. Data
 * from a newer format is left alone (read-only) rather than kept aside or
 * rewritten; data in an older format that this page's codec does not migrate
 * is left alone too, until a page that migrates it has (this page's changes
 * wait in its own copy and merge in then).
 *
 * How strictly stored text is read is the codec's business: the tracker and
 * the recorder use the light one (light-codec.ts) to fit their pages' budget;
 * pages that import, review or report use the strict one (strict-codec.ts).
 */
import type { ProgressState } from './state';
import { KEPT_PREFIX, PROGRESS_KEY, emptyState } from './state';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * Stored text to progress, and two copies to one. `dropped`: entries left out
 * because they could not be read (in words); `newer`: a later format, not to be
 * touched; `older`: an earlier format this codec leaves to another to migrate.
 * (The store never shows a reading's error, so a light codec may leave it out.)
 */
export interface Codec {
  parse(text: string): { ok: true; value: ProgressState; dropped?: string[] } | { ok: false; error?: string; newer?: true; older?: true };
  merge(mine: ProgressState, theirs: ProgressState): ProgressState;
}

/**
 * blocked: storage cannot be used at all; full: a write was refused; damaged:
 * stored data could not be read and was kept aside, so this page starts fresh;
 * repaired: part of it could not be read, and the whole was kept aside before
 * the rest was kept (My progress lists what each copy set aside leaves out); unkept: it could not be read,
 * whole or in part, and no copy could be kept, so this page leaves it as it is
 * and saves nothing; newer: stored by a later version of the course, so this
 * page will not change it.
 */
export type Problem = 'blocked' | 'full' | 'damaged' | 'repaired' | 'unkept' | 'newer';

export interface ProgressStore {
  /** The freshest copy: what is stored, plus anything this page could not save. */
  read(): ProgressState;
  /** Applies a change to the freshest copy and saves it. */
  update(change: (state: ProgressState) => ProgressState): ProgressState;
  problem(): Problem | undefined;
  /** Whether this page's copy is the stored one (false while a change waits for storage). */
  saved(): boolean;
  /** This page's copy as it stands, without looking at storage (undefined before the first read). */
  peek(): ProgressState | undefined;
}

/** `storage` is undefined when even asking for it failed (reading localStorage can throw). */
export function openProgress(storage: StorageLike | undefined, codec: Codec, now: () => number = Date.now): ProgressStore {
  let memory: ProgressState | undefined;
  let lastText: string | undefined;
  let badText: string | undefined;
  let unsaved = false;
  let readOnly = false;
  /** The stored text is in an older format this codec leaves to another page to migrate. */
  let older = false;
  let problem: Problem | undefined = storage ? undefined : 'blocked';

  function get(): string | null {
    try {
      return storage?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      storage = undefined;
      problem = 'blocked';
      return null;
    }
  }

  function save(state: ProgressState): ProgressState {
    memory = state;
    unsaved = true;
    if (storage && !readOnly && !older) {
      const text = JSON.stringify(state);
      try {
        storage.setItem(PROGRESS_KEY, text);
        lastText = text;
        unsaved = false;
      } catch {
        problem ??= 'full';
      }
    }
    return state;
  }

  function read(): ProgressState {
    const text = get();
    older = false;
    if (text === null) return (memory ??= emptyState());
    if (text === lastText && memory) return memory;
    const parsed = codec.parse(text);
    if ('older' in parsed) {
      older = true;
      return (memory ??= emptyState());
    }
    if (parsed.ok && !parsed.dropped?.length) {
      lastText = text;
      return (memory = unsaved && memory ? codec.merge(memory, parsed.value) : parsed.value);
    }
    if (text !== badText) {
      badText = text;
      if ('newer' in parsed) {
        readOnly = true;
        problem = 'newer';
      } else {
        try {
          storage?.setItem(`${KEPT_PREFIX}${now()}`, text);
          problem = parsed.ok ? 'repaired' : 'damaged';
        } catch {
          // No copy could be kept: so the original is never overwritten, and nothing here is saved.
          readOnly = true;
          problem = 'unkept';
        }
      }
    }
    // What could be read goes on; a fresh start is a new generation, so no other tab's copy of the old data merges back in.
    const sound = parsed.ok ? (memory ? codec.merge(memory, parsed.value) : parsed.value) : (memory ?? emptyState(now()));
    return readOnly ? (memory = sound) : save(sound);
  }

  return {
    read,
    update: (change) => save(change(read())),
    problem: () => problem,
    saved: () => !unsaved,
    peek: () => memory,
  };
}

/**
 * Another tab wrote: take its copy, and write back anything of ours it lacks.
 * (A function beside the store rather than a method, like resetProgress, so the
 * tracker inline in every page, which needs neither, does not carry them.)
 */
export function syncProgress(store: ProgressStore, merge: Codec['merge']): ProgressState {
  const mine = store.peek();
  const theirs = store.read();
  if (!mine) return theirs;
  const merged = merge(mine, theirs);
  // Merges put keys in order, so equal copies give equal text; at worst one extra write sorts a copy's keys.
  return JSON.stringify(merged) === JSON.stringify(theirs) ? theirs : store.update(() => merged);
}

/** Starts over: a new, empty generation. Read first: stored data that cannot be read is kept aside before it is replaced. */
export const resetProgress = (store: ProgressStore, now: () => number = Date.now): ProgressState => store.update(() => emptyState(now()));
