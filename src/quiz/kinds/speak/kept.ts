// Recordings the learner chose to keep on this device ("Keep my recordings"):
// IndexedDB, one record per drill (question id), holding that drill's latest
// replies. Nothing is kept unless asked; Delete removes the record. The audio
// is stored as bytes plus its type rather than as a Blob, which every engine's
// IndexedDB can hold. Every call rejects on blocked or full storage, so the
// drill can say so calmly and keep the recordings in memory.
export interface KeptReply {
  blob: Blob;
  seconds: number;
}
interface StoredReply {
  audio: ArrayBuffer;
  type: string;
  seconds: number;
}

const DB = 'warm-open-recordings';
const STORE = 'drills';

function open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = idb.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('storage blocked'));
  });
}

async function run<T>(idb: IDBFactory, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(idb);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error);
      tx.onabort = () => reject(tx.error ?? new Error('storage aborted'));
    });
  } finally {
    db.close();
  }
}

/** Replaces what is kept for this drill with these replies. */
export async function keepReplies(id: string, replies: KeptReply[], idb: IDBFactory = indexedDB): Promise<void> {
  const stored: StoredReply[] = await Promise.all(replies.map(async ({ blob, seconds }) => ({ audio: await blob.arrayBuffer(), type: blob.type, seconds })));
  await run(idb, 'readwrite', (store) => store.put(stored, id));
}

/**
 * Whether the database exists, so that merely opening a drill never creates an empty one on a
 * device where nothing was kept. Engines without databases() (before Firefox 126) are asked by
 * opening it, as before.
 */
async function exists(idb: IDBFactory): Promise<boolean> {
  if (typeof idb.databases !== 'function') return true;
  return (await idb.databases()).some((db) => db.name === DB);
}

/** What is kept for this drill, oldest reply first; [] when nothing is (or the record is not ours). */
export async function keptReplies(id: string, idb: IDBFactory = indexedDB): Promise<KeptReply[]> {
  if (!(await exists(idb))) return [];
  const stored: unknown = await run(idb, 'readonly', (store) => store.get(id));
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((r): r is StoredReply => r?.audio instanceof ArrayBuffer && typeof r.type === 'string' && Number.isFinite(r.seconds))
    .map((r) => ({ blob: new Blob([r.audio], { type: r.type }), seconds: r.seconds }));
}

export async function forgetReplies(id: string, idb: IDBFactory = indexedDB): Promise<void> {
  await run(idb, 'readwrite', (store) => store.delete(id));
}
