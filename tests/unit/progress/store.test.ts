import { describe, expect, it } from 'vitest';
import { lightCodec, parseLight } from '../../../src/progress/light-codec';
import { merge } from '../../../src/progress/merge';
import { answer } from '../../../src/progress/record';
import { KEPT_PREFIX, PROGRESS_KEY } from '../../../src/progress/state';
import type { Codec } from '../../../src/progress/store';
import { openProgress, resetProgress, syncProgress } from '../../../src/progress/store';
import { strictCodec } from '../../../src/progress/strict-codec';
import { visit } from '../../../src/progress/visits';
import { MemoryStorage, T0, attempt } from './fixtures';

const clock = (start = T0) => {
  let t = start;
  return () => (t += 1000);
};
const stored = (s: MemoryStorage) => JSON.parse(s.map.get(PROGRESS_KEY) ?? 'null');

describe.each([
  ['strict', strictCodec],
  ['light', lightCodec],
] as [string, Codec][])('store (%s codec)', (_, codec) => {
  it('starts empty and keeps what is written', () => {
    const storage = new MemoryStorage();
    const store = openProgress(storage, codec, clock());
    expect(store.read()).toEqual({ version: 2, generation: 0, lessons: {}, questions: {}, assessments: {} });
    store.update((s) => answer(s, 'q1', attempt(T0, 1)));
    expect(stored(storage).questions.q1).toEqual([attempt(T0, 1)]);
    expect(openProgress(storage, codec).read().questions['q1']).toHaveLength(1);
    expect(store.problem()).toBeUndefined();
  });

  it('two tabs on one storage add to each other instead of overwriting', () => {
    const storage = new MemoryStorage();
    const a = openProgress(storage, codec);
    const b = openProgress(storage, codec);
    a.read();
    b.read();
    a.update((s) => answer(s, 'q1', attempt(T0, 1)));
    b.update((s) => answer(s, 'q2', attempt(T0 + 1, 0)));
    a.update((s) => visit(s, '/course/x/', 'X', T0 + 2, 'm/x'));
    expect(Object.keys(stored(storage).questions).sort()).toEqual(['q1', 'q2']);
    expect(stored(storage).lessons['m/x']).toEqual({ opened: T0 + 2, seconds: 0 });
  });

  it('blocked storage: works on its own copy and says so', () => {
    const storage = new MemoryStorage();
    storage.blocked = true;
    const store = openProgress(storage, codec);
    store.update((s) => answer(s, 'q1', attempt(T0, 1)));
    expect(store.read().questions['q1']).toHaveLength(1);
    expect(store.problem()).toBe('blocked');
    expect(openProgress(undefined, codec).problem()).toBe('blocked');
  });

  it('full storage: keeps the change in memory, says so, and saves it once there is room', () => {
    const storage = new MemoryStorage();
    const store = openProgress(storage, codec);
    store.update((s) => answer(s, 'q1', attempt(T0, 1)));
    storage.refuse = () => true;
    store.update((s) => answer(s, 'q2', attempt(T0 + 1, 1)));
    expect(store.problem()).toBe('full');
    expect(Object.keys(store.read().questions).sort()).toEqual(['q1', 'q2']);
    expect(Object.keys(stored(storage).questions)).toEqual(['q1']);
    storage.refuse = () => false;
    store.update((s) => answer(s, 'q3', attempt(T0 + 2, 1)));
    expect(Object.keys(stored(storage).questions).sort()).toEqual(['q1', 'q2', 'q3']);
  });

  it('unreadable data is kept aside, not deleted, and the learner starts clean', () => {
    const storage = new MemoryStorage();
    storage.map.set(PROGRESS_KEY, '{"v":1,"l":');
    const store = openProgress(storage, codec, clock());
    const state = store.read();
    expect(state.questions).toEqual({});
    expect(store.problem()).toBe('damaged');
    const kept = [...storage.map].filter(([k]) => k.startsWith(KEPT_PREFIX));
    expect(kept).toEqual([[`${KEPT_PREFIX}${T0 + 1000}`, '{"v":1,"l":']]);
    // A fresh generation, so an older tab's copy cannot merge the old data back.
    expect(state.generation).toBeGreaterThan(0);
    expect(stored(storage)).toEqual(state);
    store.read();
    expect([...storage.map.keys()].filter((k) => k.startsWith(KEPT_PREFIX))).toHaveLength(1);
  });

  it('if the damaged data cannot even be copied aside, it is left exactly where it is', () => {
    const storage = new MemoryStorage();
    storage.map.set(PROGRESS_KEY, 'not json');
    storage.refuse = (key) => key.startsWith(KEPT_PREFIX);
    const store = openProgress(storage, codec);
    store.update((s) => answer(s, 'q1', attempt(T0, 1)));
    expect(storage.map.get(PROGRESS_KEY)).toBe('not json');
    expect(store.read().questions['q1']).toHaveLength(1);
    // Nothing was set aside, so the page says so rather than "set aside" (issue 15, defect 7).
    expect(store.problem()).toBe('unkept');
    expect(store.saved()).toBe(false);
  });

  it('progress from a newer format is left alone, not kept aside or rewritten', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ version: 3, everything: 'else' });
    storage.map.set(PROGRESS_KEY, newer);
    const store = openProgress(storage, codec);
    store.update((s) => answer(s, 'q1', attempt(T0, 1)));
    expect(store.problem()).toBe('newer');
    expect(storage.map.get(PROGRESS_KEY)).toBe(newer);
    expect(storage.map.size).toBe(1);
  });

  it('reset starts a new generation that an older tab cannot undo', () => {
    const storage = new MemoryStorage();
    const a = openProgress(storage, codec, clock());
    const b = openProgress(storage, codec, clock(T0 + 5000));
    a.update((s) => answer(s, 'q1', attempt(T0, 1)));
    b.read();
    resetProgress(b, clock(T0 + 5000));
    expect(syncProgress(a, codec.merge).questions).toEqual({});
    expect(stored(storage).questions).toEqual({});
  });
});

describe('store: mending a race between two tabs', () => {
  it('a tab that finds its write overwritten merges it back (strict codec)', () => {
    // Each tab has its own view of storage, as a browser's per-tab cache does for a moment.
    const viewA = new MemoryStorage();
    const viewB = new MemoryStorage();
    const a = openProgress(viewA, strictCodec);
    const b = openProgress(viewB, strictCodec);
    a.update((s) => answer(s, 'q1', attempt(T0, 1)));
    b.update((s) => answer(s, 'q2', attempt(T0 + 1, 0)));
    // B's write lands last everywhere: A's answer is gone from storage...
    viewA.map.set(PROGRESS_KEY, viewB.map.get(PROGRESS_KEY) ?? '');
    // ...until A hears of it (a storage event) and syncs.
    const healed = syncProgress(a, merge);
    expect(Object.keys(healed.questions).sort()).toEqual(['q1', 'q2']);
    expect(Object.keys(stored(viewA).questions).sort()).toEqual(['q1', 'q2']);
    // B, hearing A's write, takes it without writing again.
    viewB.map.set(PROGRESS_KEY, viewA.map.get(PROGRESS_KEY) ?? '');
    const writes = viewB.writes;
    expect(Object.keys(syncProgress(b, merge).questions).sort()).toEqual(['q1', 'q2']);
    expect(viewB.writes).toBe(writes);
  });

  it('the light codec never merges an older copy over the stored one', () => {
    const mine = visit({ version: 2, generation: 0, lessons: {}, questions: {}, assessments: {} }, '/a/', 'A', T0, 'm/a');
    const theirs = answer({ version: 2, generation: 0, lessons: {}, questions: {}, assessments: {} }, 'q1', attempt(T0, 1));
    expect(lightCodec.merge(mine, theirs)).toBe(theirs);
    expect(merge(mine, theirs).questions['q1']).toHaveLength(1);
  });
});

describe('light reading', () => {
  it('accepts the outline of progress and refuses what is not', () => {
    const v2 = (rest: string) => `{"version":2,"generation":0,${rest}}`;
    expect(parseLight(v2('"lessons":{},"questions":{},"assessments":{}')).ok).toBe(true);
    for (const text of [
      '',
      'null',
      '[]',
      '{"version":2}',
      v2('"lessons":[],"questions":{},"assessments":{}'),
      v2('"lessons":{},"questions":{},"assessments":{},"lastPage":"x"'),
    ])
      expect(parseLight(text).ok, text).toBe(false);
    expect(parseLight('{"version":3}')).toMatchObject({ ok: false, newer: true });
    // Format 1 is neither refused nor read: the page leaves it for one that migrates it.
    expect(parseLight('{"v":1,"r":0,"l":{},"q":{},"a":{}}')).toMatchObject({ ok: false, older: true });
  });

  it('deep damage passes the light reading; the strict one leaves out just that entry and names it', () => {
    const text = '{"version":2,"generation":0,"lessons":{},"questions":{"q1":[{"at":"soon","earned":1,"total":1,"response":{}}]},"assessments":{}}';
    expect(parseLight(text).ok).toBe(true);
    expect(strictCodec.parse(text)).toMatchObject({ ok: true, dropped: ['1 of 1 answers to "q1" (expected a time)'] });
  });
});
