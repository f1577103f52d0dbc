import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightPattern, highlightStems, matchRanges, segmentsOf, stem } from '../../../src/search/highlight';

const marked = (text: string, terms: string[]) => {
  const pattern = highlightPattern(terms);
  return pattern ? matchRanges(text, pattern).map(([a, b]) => text.slice(a, b)) : [];
};

describe('stem', () => {
  it.each([
    ['receptionists', 'receptionist'],
    ['calls', 'call'],
    ['pressing', 'press'],
    ['presses', 'press'],
    ['press', 'press'],
    ['asked', 'ask'],
    ['boxes', 'box'],
    ['focus', 'focus'],
    ['is', 'is'],
    ['0', '0'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('highlightStems', () => {
  it('drops stop words unless nothing else was typed', () => {
    expect(highlightStems(['where', 'he', 'is', 'receptionist'])).toEqual(['receptionist']);
    expect(highlightStems(['where', 'is'])).toEqual(['where', 'is']);
  });
  it('splits on punctuation, dedupes and puts longer stems first', () =>
    expect(highlightStems(['press-0', 'Press', 'voicemails'])).toEqual(['voicemail', 'press', '0']));
});

describe('highlight matching', () => {
  it('marks whole words that start with a stem, in any case', () =>
    expect(marked('Receptionists know. The receptionist’s desk. Areceptionist.', ['receptionist'])).toEqual(['Receptionists', 'receptionist']));

  it('marks the forms a search would have matched', () =>
    expect(marked('She called; he calls; a call-back; recall', ['calling'])).toEqual(['called', 'calls', 'call']));

  it('treats regex characters in terms as text', () => {
    expect(highlightPattern(['(.*)'])).toBeNull();
    expect(marked('x+y z', ['x+y'])).toEqual(['x', 'y']);
  });

  it('has nothing to mark for empty terms', () => expect(highlightPattern(['', '  ', '—'])).toBeNull());

  it('ranges are ordered, disjoint and inside the text (property)', () =>
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), (text, terms) => {
        const pattern = highlightPattern(terms);
        if (!pattern) return;
        let last = 0;
        for (const [a, b] of matchRanges(text, pattern)) {
          expect(a).toBeGreaterThanOrEqual(last);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(text.length);
          last = b;
        }
      }),
    ));
});

describe('segmentsOf', () => {
  it('cuts a title into plain and marked parts', () =>
    expect(segmentsOf('Press 0 and ask for help', highlightPattern(['pressing', '0']))).toEqual([
      { text: 'Press', mark: true },
      { text: ' ', mark: false },
      { text: '0', mark: true },
      { text: ' and ask for help', mark: false },
    ]));

  it('keeps the text whole when there is nothing to mark', () => expect(segmentsOf('Glossary', null)).toEqual([{ text: 'Glossary', mark: false }]));

  it('always gives back the text it was given (property)', () =>
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), (text, terms) => {
        expect(
          segmentsOf(text, highlightPattern(terms))
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    ));
});
