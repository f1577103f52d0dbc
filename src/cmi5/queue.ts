/**
 * The send queue: statements wait here, in this browser's storage, until the
 * LRS has acknowledged them, so nothing is lost when the network drops, the
 * LRS refuses for a while or the page closes first (the next launch sends
 * what is left, before anything new).
 *
 * - Each statement has its id from the moment it is made (statements.ts), and
 *   goes by PUT with that id (lrs.ts): a resend after a lost acknowledgement
 *   is the same statement, which an LRS stores once (xAPI 1.0.3, Part 3, 2.1.1).
 * - One statement at a time, oldest first, the next only once the last is
 *   acknowledged: the LRS gets them in the order they were made, the order
 *   cmi5 requires (initialized first, terminated last).
 * - A statement is taken off only once acknowledged; when sending fails, the
 *   queue waits and tries again, each wait twice the last (1 s up to 60 s, with
 *   jitter), or at once when `retryNow` is called (the browser is back online).
 * - A statement the LRS refuses for good (a 4xx other than 401, 408, 409, 429)
 *   would block every one behind it: it is set aside under its own key, never
 *   deleted, and the rest go on.
 *
 * When storage refuses (blocked, full), the queue carries on in memory for the
 * visit. Pure of the DOM: storage, sending and waiting come in, so the tests
 * drive it against a flaky fake LRS.
 */
import type { StorageLike } from '../progress/store';
import type { Statement } from './statements';

export type SendResult = 'sent' | 'retry' | 'refused';

export interface QueueOptions {
  storage: StorageLike | undefined;
  key: string;
  send(statement: Statement): Promise<SendResult>;
  /** Calls `wake` after `ms`; returns a cancel. */
  wait(ms: number, wake: () => void): () => void;
  random?: () => number;
  /** After every change: statements waiting, and whether the last try failed. */
  onStatus?(status: QueueStatus): void;
}

export interface QueueStatus {
  waiting: number;
  failing: boolean;
  setAside: number;
}

export interface SendQueue {
  add(statements: readonly Statement[]): void;
  /** Sends until the queue is empty or a try fails; resolves then. */
  flush(): Promise<void>;
  /** Skips the current wait (the browser is online again). */
  retryNow(): Promise<void>;
  pending(): Statement[];
  status(): QueueStatus;
}

export const MIN_WAIT_MS = 1000;
export const MAX_WAIT_MS = 60_000;

/** The wait before try `n` (1, 2, …) after a failure: doubling from 1 s, at most 60 s, between half and all of it. */
export const backoff = (n: number, random: number): number => Math.round(Math.min(MAX_WAIT_MS, MIN_WAIT_MS * 2 ** Math.max(0, n - 1)) * (0.5 + random / 2));

function readList(storage: StorageLike | undefined, key: string): Statement[] | undefined {
  try {
    const text = storage?.getItem(key);
    if (text == null) return storage ? [] : undefined;
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter((s): s is Statement => typeof s === 'object' && s !== null && typeof (s as Statement).id === 'string') : [];
  } catch {
    return undefined;
  }
}

export function openQueue(options: QueueOptions): SendQueue {
  const { storage, key, send, wait, random = Math.random } = options;
  const asideKey = `${key}:set-aside`;
  /** The queue as this page knows it: storage's copy when storage answers, else this. */
  let memory: Statement[] = readList(storage, key) ?? [];
  /** Set once storage refuses a write: from then on this page's memory is the queue. */
  let memoryOnly = false;
  let failures = 0;
  let cancelWait: (() => void) | undefined;
  let running: Promise<void> | undefined;
  let again: Promise<void> | undefined;

  const read = (): Statement[] => (memoryOnly ? memory : (memory = readList(storage, key) ?? memory));
  function write(list: Statement[]) {
    memory = list;
    try {
      if (list.length) storage?.setItem(key, JSON.stringify(list));
      else storage?.removeItem(key);
    } catch {
      // Storage refused: the queue lives in memory for this visit.
      memoryOnly = true;
    }
  }
  function setAside(statement: Statement) {
    try {
      const aside = readList(storage, asideKey) ?? [];
      storage?.setItem(asideKey, JSON.stringify([...aside, statement]));
    } catch {
      // Nowhere to keep it: it stays in this page's memory only.
    }
  }
  const status = (): QueueStatus => ({ waiting: memory.length, failing: failures > 0, setAside: readList(storage, asideKey)?.length ?? 0 });
  const report = () => options.onStatus?.(status());

  async function run(): Promise<void> {
    for (;;) {
      const next = read()[0];
      if (!next) break;
      let result: SendResult;
      try {
        result = await send(next);
      } catch {
        result = 'retry';
      }
      if (result === 'retry') {
        failures++;
        cancelWait = wait(backoff(failures, random()), () => {
          cancelWait = undefined;
          void flush();
        });
        break;
      }
      failures = 0;
      if (result === 'refused') setAside(next);
      // Taken off by id, from storage as it is now: statements added meanwhile stay, behind it.
      write(read().filter((s) => s.id !== next.id));
    }
    report();
  }

  function flush(): Promise<void> {
    if (cancelWait) return Promise.resolve();
    // A run under way may already have found the queue empty: one more follows it, for what came since.
    if (running)
      return (again ??= running.then(() => {
        again = undefined;
        return flush();
      }));
    running = run().finally(() => (running = undefined));
    return running;
  }

  return {
    add(statements) {
      const list = read();
      const known = new Set(list.map((s) => s.id));
      write([...list, ...statements.filter((s) => !known.has(s.id))]);
      report();
      void flush();
    },
    flush,
    retryNow() {
      cancelWait?.();
      cancelWait = undefined;
      return flush();
    },
    pending: () => [...read()],
    status,
  };
}
