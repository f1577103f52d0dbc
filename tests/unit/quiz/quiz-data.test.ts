import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexQuestions, quizDataPath, quizDataStore } from '../../../src/quiz/browser/quiz-data';
import { oneOfEachKind } from './builders';

/** A load function whose calls the test settles by hand, counting them per URL. */
function manualLoad() {
  const calls: { url: string; resolve: (data: unknown) => void; reject: (error: Error) => void }[] = [];
  const load = (url: string) => new Promise<unknown>((resolve, reject) => calls.push({ url, resolve, reject }));
  return { load, calls };
}
const data = { questions: oneOfEachKind() };
const A = 'https://example.test/course/quiz-data/a.json';
const B = 'https://example.test/course/quiz-data/b.json';

describe('quizDataPath', () => {
  it('names one JSON file per quiz, relative to the base', () => {
    expect(quizDataPath('connect-first')).toBe('quiz-data/connect-first.json');
  });
});

describe('indexQuestions', () => {
  it('finds every question of a quiz by its id, unchanged', () => {
    const byId = indexQuestions(JSON.parse(JSON.stringify(data)));
    expect([...byId.keys()]).toEqual(data.questions.map((q) => q.id));
    for (const q of data.questions) expect(byId.get(q.id)).toEqual(q);
  });

  it('refuses anything that is not a list of questions, and never returns a question without an id and a kind', () =>
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        let byId: Map<string, unknown>;
        try {
          byId = indexQuestions(junk);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          return;
        }
        for (const [id, q] of byId) expect(q).toMatchObject({ id, kind: expect.any(String) });
      }),
    ));
});

describe('quizDataStore', () => {
  it('fetches a quiz once, however many of its questions ask, and says when it has arrived', async () => {
    const { load, calls } = manualLoad();
    const store = quizDataStore(load);
    const asked = data.questions.map((q) => store.question(A, q.id));
    expect(calls).toHaveLength(1);
    expect(store.ready(A)).toBe(false);
    calls[0]!.resolve(data);
    expect(await Promise.all(asked)).toEqual(data.questions);
    expect(store.ready(A)).toBe(true);
    await store.question(A, data.questions[0]!.id);
    expect(calls).toHaveLength(1);
  });

  it('keeps each quiz apart', async () => {
    const { load, calls } = manualLoad();
    const store = quizDataStore(load);
    const fromA = store.question(A, 'choice-q');
    const fromB = store.question(B, 'choice-q');
    expect(calls.map((c) => c.url)).toEqual([A, B]);
    calls[1]!.resolve(data);
    await fromB;
    expect(store.ready(A)).toBe(false);
    calls[0]!.resolve(data);
    await fromA;
  });

  it('forgets a failed fetch, so trying again fetches again', async () => {
    const { load, calls } = manualLoad();
    const store = quizDataStore(load);
    const first = store.question(A, 'choice-q');
    calls[0]!.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    expect(store.ready(A)).toBe(false);
    const again = store.question(A, 'choice-q');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(data);
    expect((await again).id).toBe('choice-q');
  });

  it('treats unreadable data like a failed fetch', async () => {
    const { load, calls } = manualLoad();
    const store = quizDataStore(load);
    const first = store.question(A, 'choice-q');
    calls[0]!.resolve('<html>a login page</html>');
    await expect(first).rejects.toThrow('quiz data');
    void store.question(A, 'choice-q').catch(() => undefined);
    expect(calls).toHaveLength(2);
  });

  it('rejects a question the quiz does not have, naming it, without fetching again', async () => {
    const { load, calls } = manualLoad();
    const store = quizDataStore(load);
    const missing = store.question(A, 'gone');
    calls[0]!.resolve(data);
    await expect(missing).rejects.toThrow('gone');
    await store.question(A, 'choice-q');
    expect(calls).toHaveLength(1);
  });
});
