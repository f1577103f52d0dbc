// Format 1 -> 2 on real data captured from the site before issue 17
// (tests/fixtures/progress-v1/README.md): every answer survives, each position
// now the option id content gave it ('a' for position 0, …).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/progress/migrate';
import { readProgressFile } from '../../../src/progress/progress-file';
import { readReport } from '../../../src/progress/report-file';
import { responseV1toV2, stateV1toV2, upgradeText } from '../../../src/progress/v1-to-v2';
import { decodeSuspend } from '../../../src/scorm/suspend-decode';
import { buildScormCourse } from '../../../src/scorm/course-map';
import { lessonsOf } from '../../../src/progress/course-index';
import { realCourse } from './fixtures';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/progress-v1/${name}`, import.meta.url), 'utf8');
const letter = (i: number) => String.fromCharCode(97 + i);
type V1 = {
  v: 1;
  r: number;
  p: [string, string, number];
  l: Record<string, { o: number; c?: number; s: number }>;
  q: Record<string, [number, number, number, Record<string, unknown>][]>;
  a: Record<string, [number, number, number, 0 | 1, string[]][]>;
};
const stored = JSON.parse(fixture('stored.json')) as V1;

/** What format 2 must hold for a format-1 response, written out per kind. */
function expectedResponse(r: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(r['selected'])) return { selected: (r['selected'] as number[]).map(letter) };
  if (Array.isArray(r['order'])) return { order: (r['order'] as number[]).map(letter) };
  if (Array.isArray(r['path'])) return { path: (r['path'] as number[]).map(letter) };
  if (Array.isArray(r['placed']))
    return { placed: (r['placed'] as (string | null)[]).flatMap((group, i) => (group === null ? [] : [{ item: letter(i), group }])) };
  return r;
}

describe('format 1 -> 2 on captured data', () => {
  it('stored progress: every lesson, answer and assessment survives, responses by option id', () => {
    const read = parseProgress(fixture('stored.json'));
    expect(read).toMatchObject({ ok: true, dropped: [] });
    if (!read.ok) return;
    const v2 = read.value;
    expect(v2.version).toBe(2);
    expect(v2.lastPage).toEqual({ url: stored.p[0], title: stored.p[1], at: stored.p[2] });
    for (const [key, l] of Object.entries(stored.l)) expect(v2.lessons[key]).toEqual({ opened: l.o, completed: l.c, seconds: l.s });
    expect(Object.keys(v2.questions).sort()).toEqual(Object.keys(stored.q).sort());
    for (const [id, list] of Object.entries(stored.q))
      expect(v2.questions[id]).toEqual(list.map(([at, earned, total, response]) => ({ at, earned, total, response: expectedResponse(response) })));
    const [at, score, max, passed, questions] = stored.a['final-assessment']![0]!;
    expect(v2.assessments['final-assessment']).toEqual([{ at, score, max, passed: passed === 1, questions }]);
    // Spot checks of each kind, by hand from the captured file.
    expect(v2.questions['last-resort-voicemail-spot']?.[0]?.response).toEqual({ selected: ['b', 'e'] });
    expect(v2.questions['say-why-you-called-build-steps']?.[0]?.response).toEqual({ order: ['d', 'c', 'b', 'a'] });
    expect(v2.questions['final-all-set-dialogue']?.[0]?.response).toEqual({ path: ['a', 'b', 'b', 'a'] });
    expect(v2.questions['connect-first-real-or-fake']?.[0]?.response).toEqual({
      placed: ['real', 'real', 'fake', 'fake', 'fake', 'real'].map((group, i) => ({ item: letter(i), group })),
    });
    expect(v2.questions['face-to-face-test-rewrite']?.[0]?.response).toEqual(stored.q['face-to-face-test-rewrite']![0]![3]);
  });

  it('the recorder’s upgrade writes the same as the strict reading, and leaves format 2 alone', () => {
    const text = upgradeText(fixture('stored.json'));
    const strict = parseProgress(fixture('stored.json'));
    expect(text && JSON.parse(text)).toEqual(strict.ok && strict.value);
    expect(upgradeText(text ?? '')).toBeUndefined();
  });

  it('an exported progress file imports, migrated', () => {
    const read = readProgressFile(fixture('exported.json'));
    const strict = parseProgress(fixture('stored.json'));
    expect(read).toMatchObject({ ok: true, dropped: [] });
    if (read.ok && strict.ok) expect(read.value.questions).toEqual(strict.value.questions);
  });

  it('a format-1 report reads with its responses by option id', () => {
    const original = JSON.parse(fixture('report.json')) as { answers: { q: string; response: Record<string, unknown> }[] };
    const read = readReport(fixture('report.json'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.v).toBe(2);
    expect(read.value.answers.map((a) => a.response)).toEqual(original.answers.map((a) => expectedResponse(a.response)));
    expect(read.value.assessments[0]?.answers.find((a) => a.q === 'final-whole-call-order')?.response).toEqual({ order: ['a', 'b', 'c', 'd', 'e', 'f'] });
  });

  it('WO1 suspend data written from format 1 decodes with responses by option id', () => {
    const { index, bank } = realCourse();
    const pages = Object.fromEntries([['', 'Warm Open'], ...lessonsOf(index).map((l) => [`${l.key}/`, l.title]), ['assessment/', 'Final assessment']]);
    const course = buildScormCourse(index, bank, pages);
    const decoded = decodeSuspend(fixture('suspend.txt'), course, { root: '/moodle/pluginfile.php/77/mod_scorm/content/3/' });
    expect(decoded).toMatchObject({ ok: true, value: { skipped: 0, truncated: false } });
    if (!decoded.ok) return;
    for (const [id, list] of Object.entries(stored.q))
      expect(decoded.value.state.questions[id]?.map((a) => a.response)).toEqual(list.map((a) => expectedResponse(a[3])));
  });
});

describe('responseV1toV2', () => {
  it('is idempotent and leaves ids, text and unknown shapes as they are', () => {
    expect(responseV1toV2({ selected: [0, 2] })).toEqual({ selected: ['a', 'c'] });
    expect(responseV1toV2({ selected: ['a', 'c'] })).toEqual({ selected: ['a', 'c'] });
    expect(responseV1toV2({ placed: ['x', null, 'y'] })).toEqual({
      placed: [
        { item: 'a', group: 'x' },
        { item: 'c', group: 'y' },
      ],
    });
    expect(responseV1toV2({ text: 'Hi', ticked: ['greet'] })).toEqual({ text: 'Hi', ticked: ['greet'] });
    // Positions no option had become text no id can equal, for the scorer to refuse as before.
    expect(responseV1toV2({ order: [-1, 1.5, 26] })).toEqual({ order: ['#-1', '#1.5', '#26'] });
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(responseV1toV2(responseV1toV2(v))).toEqual(responseV1toV2(v));
      }),
    );
  });

  it('migration never throws, on any JSON at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.constantFrom('r', 'p', 'l', 'q', 'a', 'x'), fc.jsonValue()), (any, fields) => {
        expect(() => responseV1toV2(any)).not.toThrow();
        expect(() => stateV1toV2({ v: 1, ...fields })).not.toThrow();
        expect(() => parseProgress(JSON.stringify({ v: 1, ...fields }))).not.toThrow();
        expect(() => upgradeText(JSON.stringify(any))).not.toThrow();
      }),
    );
  });
});
