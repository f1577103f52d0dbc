import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combine } from '../../../src/progress/merge';
import { MAX_PROGRESS_FILE_BYTES, progressFileName, progressFileText, readProgressFile } from '../../../src/progress/progress-file';
import { stateArb } from './arbitraries';
import { T0, attempt, progress } from './fixtures';

describe('progress file', () => {
  it('export then import gives back the same progress', () => {
    fc.assert(
      fc.property(stateArb(fc.nat()), (s) => {
        expect(readProgressFile(progressFileText(s, T0))).toEqual({ ok: true, value: s, dropped: [] });
      }),
    );
    expect(progressFileName(T0)).toBe('warm-open-progress-2026-11-02.json');
  });

  it('import merges: the best of both, nothing here replaced', () => {
    const here = progress({ questions: { q1: [attempt(T0, 0)] }, lessons: { 'm/a': { opened: T0, completed: T0 + 5, seconds: 60 } } });
    const there = progress({ questions: { q1: [attempt(T0 - 10, 1)], q2: [attempt(T0 - 9, 1)] }, lessons: { 'm/a': { opened: T0 - 100, seconds: 30 } } });
    const file = readProgressFile(progressFileText(there, T0));
    if (!file.ok) throw new Error(file.error);
    const merged = combine(here, file.value);
    expect(merged.questions['q1']).toEqual([attempt(T0 - 10, 1), attempt(T0, 0)]);
    expect(merged.questions['q2']).toHaveLength(1);
    expect(merged.lessons['m/a']).toEqual({ opened: T0 - 100, completed: T0 + 5, seconds: 60 });
  });

  it.each([
    ['', 'empty'],
    ['{"format":"warm-open-progress"', 'not JSON'],
    ['[1,2]', 'not a Warm Open progress file'],
    ['{"format":"warm-open-report","v":1}', 'not a Warm Open progress file'],
    ['{"format":"warm-open-progress","made":1,"progress":{"v":1},"extra":true}', 'fields the course never writes (extra)'],
    ['{"format":"warm-open-progress","made":1,"progress":{"v":7}}', 'newer version'],
  ])('refuses %j, saying why', (text, message) => {
    const result = readProgressFile(text);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(message) });
  });

  it('leaves out an entry that breaks a rule, saying which and why, and keeps the rest', () => {
    const text = `{"format":"warm-open-progress","made":1,"progress":{"v":1,"r":0,"l":{},"q":{"q1":[[${T0},5,1,{}]],"q2":[[${T0},1,1,{}]]},"a":{}}}`;
    expect(readProgressFile(text)).toEqual({
      ok: true,
      value: progress({ questions: { q2: [attempt(T0, 1, 1, {})] } }),
      dropped: ['1 of 1 answers to "q1" (more points earned than possible)'],
    });
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(readProgressFile(' '.repeat(MAX_PROGRESS_FILE_BYTES) + '{}')).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
  });

  it('any text gives progress or a sentence, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: 'warm-open-progress', made: 1, progress: v })),
        ),
        (text) => {
          const result = readProgressFile(text);
          if (!result.ok) expect(result.error).toMatch(/\S/);
        },
      ),
    );
  });
});
