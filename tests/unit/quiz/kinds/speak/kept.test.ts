// Kept recordings in IndexedDB (fake-indexeddb, the same API as a browser's):
// never created by looking; kept, read back byte for byte, replaced, forgotten; a foreign record reads as
// nothing; blocked storage rejects, so the drill can say so.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { forgetReplies, keepReplies, keptReplies } from '../../../../../src/quiz/kinds/speak/kept';

const audio = (bytes: number[], type = 'audio/webm') => new Blob([new Uint8Array(bytes)], { type });
const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

describe('kept recordings', () => {
  it('looks for kept replies without creating a database where nothing was kept', async () => {
    const idb = new IDBFactory();
    expect(await keptReplies('drill-a', idb)).toEqual([]);
    expect(await idb.databases()).toEqual([]);
    await keepReplies('drill-a', [{ blob: audio([1]), seconds: 1 }], idb);
    expect((await idb.databases()).map((db) => db.name)).toEqual(['warm-open-recordings']);
  });

  it('keeps a drill’s replies, reads them back, replaces them, and forgets them', async () => {
    const idb = new IDBFactory();
    expect(await keptReplies('drill-a', idb)).toEqual([]);
    await keepReplies(
      'drill-a',
      [
        { blob: audio([1, 2, 3]), seconds: 5.6 },
        { blob: audio([4]), seconds: 1.2 },
      ],
      idb,
    );
    await keepReplies('drill-b', [{ blob: audio([9], 'audio/ogg'), seconds: 2 }], idb);

    const kept = await keptReplies('drill-a', idb);
    expect(kept.map((r) => r.seconds)).toEqual([5.6, 1.2]);
    expect(await bytesOf(kept[0]!.blob)).toEqual([1, 2, 3]);
    expect(kept[0]!.blob.type).toBe('audio/webm');

    await keepReplies('drill-a', [{ blob: audio([7, 7]), seconds: 3 }], idb);
    expect((await keptReplies('drill-a', idb)).map((r) => r.seconds)).toEqual([3]);

    await forgetReplies('drill-a', idb);
    expect(await keptReplies('drill-a', idb)).toEqual([]);
    expect((await keptReplies('drill-b', idb)).map((r) => r.blob.type)).toEqual(['audio/ogg']);
  });

  it('reads a record it did not write as nothing kept, and skips malformed replies', async () => {
    const idb = new IDBFactory();
    await keepReplies('drill-a', [], idb);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = idb.open('warm-open-recordings', 1);
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('drills', 'readwrite');
      tx.objectStore('drills').put('<img src=x onerror=alert(1)>', 'drill-a');
      tx.objectStore('drills').put(
        [
          { audio: 'nope', type: 'audio/webm', seconds: 1 },
          { audio: new ArrayBuffer(2), type: 'audio/webm', seconds: 2 },
        ],
        'drill-b',
      );
      tx.oncomplete = resolve;
    });
    db.close();
    expect(await keptReplies('drill-a', idb)).toEqual([]);
    expect((await keptReplies('drill-b', idb)).map((r) => r.seconds)).toEqual([2]);
  });

  it('rejects when storage is blocked, so the drill can say so', async () => {
    const blocked = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(keepReplies('drill-a', [{ blob: audio([1]), seconds: 1 }], blocked)).rejects.toThrow();
    await expect(keptReplies('drill-a', blocked)).rejects.toThrow();
    await expect(forgetReplies('drill-a', blocked)).rejects.toThrow();
  });
});
