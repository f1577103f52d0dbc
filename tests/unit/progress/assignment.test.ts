import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/progress/assignment';
import {
  MAX_CODE_LENGTH,
  assignmentLink,
  assignmentProblem,
  checkAssignment,
  checksum,
  codeFromHash,
  decodeAssignment,
  encodeAssignment,
  isDay,
} from '../../../src/progress/assignment';
import { AssignmentSchema } from '../../../src/progress/assignment-schema';
import { base64UrlToText, textToBase64Url } from '../../../src/progress/base64url';
import { crc32 } from '../../../src/progress/crc32';
import { isVisibleText } from '../../../src/progress/sane';
import { realCourse } from './fixtures';

const { index } = realCourse();
const sample: Assignment = {
  v: 1,
  n: 'Sam Okafor',
  i: ['L:openers/connect-first', 'Q:connect-first', 'Q:final-assessment'],
  m: 80,
  d: '2026-12-05',
  c: '2026-11-22',
  o: 'Finish before your first call block.',
};

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const assignmentArb: fc.Arbitrary<Assignment> = fc
  .record({
    n: fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }).filter((s) => s.trim().length > 0 && isVisibleText(s)),
    i: fc.uniqueArray(
      fc.oneof(
        id.map((x) => `Q:${x}`),
        fc.tuple(id, id).map(([a, b]) => `L:${a}/${b}`),
      ),
      { minLength: 1, maxLength: 30 },
    ),
    m: fc.integer({ min: 0, max: 100 }),
    d: fc.option(day, { nil: undefined }),
    c: day,
    o: fc.option(fc.string({ minLength: 1, maxLength: 500, unit: 'binary' }).filter(isVisibleText), { nil: undefined }),
  })
  .map(({ d, o, ...rest }) => ({ v: 1 as const, ...rest, ...(d === undefined ? {} : { d }), ...(o === undefined ? {} : { o }) }));

describe('assignment link codec', () => {
  it('encode then decode gives back exactly the same assignment', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        expect(AssignmentSchema.safeParse(a).success).toBe(true);
        expect(decodeAssignment(encodeAssignment(a))).toEqual({ ok: true, value: a });
      }),
    );
  });

  it('any string gives an assignment or a clear message, never an exception', () => {
    const strings = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.base64String(),
      fc.json().map(textToBase64Url),
      fc.string({ unit: 'binary' }).map(textToBase64Url),
    );
    fc.assert(
      fc.property(strings, (code) => {
        const result = decodeAssignment(code);
        if (!result.ok) expect(result.error).toMatch(/^This link/);
        else expect(AssignmentSchema.safeParse(result.value).success).toBe(true);
      }),
    );
  });

  it('a link edited by hand is caught, whatever was changed', () => {
    const code = encodeAssignment(sample);
    fc.assert(
      fc.property(fc.nat(code.length - 1), fc.constantFrom(...'ABCxyz019-_'), (at, ch) => {
        const edited = code.slice(0, at) + ch + code.slice(at + 1);
        const result = decodeAssignment(edited);
        // Either still a valid assignment (an edit the format allows) or a clear refusal.
        expect(result.ok ? AssignmentSchema.safeParse(result.value).success : result.error.startsWith('This link')).toBe(true);
      }),
    );
  });

  it('any JSON value, as the code or inside one, gives an assignment or a clear message, never an exception', () => {
    const withSum = (text: string) => `${textToBase64Url(text)}.${checksum(textToBase64Url(text))}`;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const code of [
          value as unknown as string,
          JSON.stringify(value) ?? '',
          textToBase64Url(JSON.stringify(value) ?? ''),
          withSum(JSON.stringify(value) ?? ''),
        ]) {
          const result = decodeAssignment(code);
          if (!result.ok) expect(result.error).toMatch(/^This link/);
          else expect(AssignmentSchema.safeParse(result.value).success).toBe(true);
        }
      }),
    );
  });

  // Issue 15, defect 9: one changed character used to open as another assignment (3,116 of 15,535 edits of this sample).
  it('every single-character change or loss in a new link is refused as damage', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    const samples: Assignment[] = [
      sample,
      { v: 1, n: 'Ana', i: ['Q:final-assessment'], m: 80, c: '2026-11-22' },
      {
        v: 1,
        n: 'Jürgen Müller-Østergaard',
        i: ['L:openers/connect-first', 'Q:connect-first'],
        m: 75,
        d: '2027-01-15',
        c: '2026-12-01',
        o: 'Take your time — call me if stuck.',
      },
    ];
    for (const a of samples) {
      const code = encodeAssignment(a);
      expect(code).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
      const accepted: string[] = [];
      let tried = 0;
      for (let at = 0; at < code.length; at++) {
        const edits = [...alphabet].filter((ch) => ch !== code[at]).map((ch) => code.slice(0, at) + ch + code.slice(at + 1));
        edits.push(code.slice(0, at) + code.slice(at + 1));
        for (const edited of edits) {
          tried++;
          const result = decodeAssignment(edited);
          if (result.ok) accepted.push(edited);
          else expect(result.error).toMatch(/^This link is damaged/);
        }
      }
      expect({ tried, accepted }).toEqual({ tried: code.length * alphabet.length, accepted: [] });
    }
  });

  it('links made before the checksum still open, since managers already sent them', () => {
    const old = textToBase64Url(JSON.stringify(sample));
    expect(decodeAssignment(old)).toEqual({ ok: true, value: sample });
    expect(encodeAssignment(sample)).toBe(`${old}.${encodeAssignment(sample).split('.')[1]}`);
  });

  it('CRC-32 is the standard one', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  // Issue 15, defect 10: names and notes must show something; dates must be within the years the course can show.
  it.each([
    ['a name of only invisible characters', { n: '\u200b\u200f\u2800' }, 'n: the name shows no visible character'],
    ['a name of a Hangul filler', { n: '\u3164' }, 'n: the name shows no visible character'],
    ['a note of only invisible characters', { o: '\u200e\u00a0' }, 'o: the note shows no visible character'],
    ['a day before 2000', { c: '1999-12-31' }, 'c: not a real date'],
    ['a day from 2200', { d: '2200-01-01' }, 'd: not a real date'],
    ['year 0', { c: '0000-01-01' }, 'c: not a real date'],
  ])('refuses %s, in the link and in the report schema alike', (_, change, message) => {
    const value = { ...sample, ...change };
    expect(assignmentProblem(value)).toContain(message);
    expect(AssignmentSchema.safeParse(value).success).toBe(false);
    const result = decodeAssignment(encodeAssignment(value as Assignment));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(message) });
  });

  it('days: real calendar days from 2000 to 2199 only', () => {
    expect(['2000-01-01', '2199-12-31', '2028-02-29'].every(isDay)).toBe(true);
    expect(['1999-12-31', '2200-01-01', '2027-02-29', '9999-12-31', '+02026-01-01'].some(isDay)).toBe(false);
  });

  it.each([
    ['', 'This link has no assignment in it.'],
    ['%%%', 'This link is damaged'],
    [textToBase64Url('{"v":1'), 'This link is damaged'],
    [textToBase64Url('{"v":2,"n":"x"}'), 'newer version of the course'],
    [textToBase64Url(JSON.stringify({ ...sample, i: [] })), 'i:'],
    [textToBase64Url(JSON.stringify({ ...sample, n: '   ' })), 'the name is empty'],
    [textToBase64Url(JSON.stringify({ ...sample, d: '2026-02-30' })), 'not a real date'],
    [textToBase64Url(JSON.stringify({ ...sample, i: ['L:a', 'L:a'] })), 'an item is listed twice'],
    [textToBase64Url(JSON.stringify({ ...sample, script: '<img onerror=alert(1)>' })), 'This link is damaged'],
    ['A'.repeat(MAX_CODE_LENGTH + 1), 'too long'],
  ])('refuses %j with a clear message', (code, message) => {
    const result = decodeAssignment(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('a link from another course names what this course does not have', () => {
    expect(checkAssignment(sample, index)).toEqual({ ok: true, value: sample });
    const foreign = { ...sample, i: ['L:openers/connect-first', 'L:negotiation/anchoring', 'Q:price-objections'] };
    const result = checkAssignment(foreign, index);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('L:negotiation/anchoring, Q:price-objections') });
  });

  it('the link carries the code in its fragment, which browsers never send to a server', () => {
    const link = assignmentLink('https://warm-open.example/course/assignment/', sample);
    const url = new URL(link);
    expect(url.pathname).toBe('/course/assignment/');
    expect(url.search).toBe('');
    expect(codeFromHash(url.hash)).toBe(encodeAssignment(sample));
    expect(codeFromHash('')).toBeUndefined();
    expect(link.length).toBeLessThan(400);
  });

  it('the hand-written check and the report schema agree on what an assignment is', () => {
    const near = assignmentArb.chain((a) =>
      fc.oneof(
        fc.constant<unknown>(a),
        fc
          .record({
            key: fc.constantFrom('v', 'n', 'i', 'm', 'd', 'c', 'o', 'x'),
            value: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string(), fc.integer({ min: -5, max: 105 }), fc.double()),
          })
          .map(({ key, value }) => ({ ...a, [key]: value }) as unknown),
        fc.uniqueArray(fc.string(), { maxLength: 3 }).map((i) => ({ ...a, i }) as unknown),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(near, fc.anything()), (value) => {
        expect(assignmentProblem(value) === undefined).toBe(AssignmentSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('base64url carries any text through UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const code = textToBase64Url(text);
        expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(base64UrlToText(code)).toBe(text);
      }),
    );
    expect(base64UrlToText('/+==')).toBeUndefined();
    expect(base64UrlToText('_w')).toBeUndefined(); // 0xFF is not UTF-8
  });
});
