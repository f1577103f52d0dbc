import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER, isSearchable, orderModules, pagefindFilters, parseSearchParams, toSearchParams } from '../../../src/search/query';

describe('parseSearchParams', () => {
  it('reads the text and repeated filters', () =>
    expect(parseSearchParams(new URLSearchParams('q=%20press%20%20zero%20&module=Voicemail&kind=Lesson&kind=Practice&kind=Lesson'))).toEqual({
      text: 'press zero',
      modules: ['Voicemail'],
      kinds: ['Lesson', 'Practice'],
    }));

  it('ignores what it does not know and survives an empty link', () =>
    expect(parseSearchParams(new URLSearchParams('utm=x&module='))).toEqual({ text: '', modules: [], kinds: [] }));

  it('caps very long text', () => expect(parseSearchParams(new URLSearchParams({ q: 'a'.repeat(5000) })).text).toHaveLength(200));

  it('round-trips through a link (property)', () => {
    const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0 && !/\s/.test(s));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), fc.uniqueArray(word, { maxLength: 3 }), fc.uniqueArray(word, { maxLength: 3 }), (words, modules, kinds) => {
        const query = { text: words.join(' '), modules, kinds };
        expect(parseSearchParams(new URLSearchParams(toSearchParams(query).toString()))).toEqual(query);
      }),
    );
  });
});

describe('pagefindFilters', () => {
  it('sends no filter when none is chosen', () => expect(pagefindFilters({ text: 'x', modules: [], kinds: [] })).toEqual({}));
  it('matches any chosen value within a filter', () =>
    expect(pagefindFilters({ text: 'x', modules: ['A', 'B'], kinds: ['Lesson'] })).toEqual({
      [FILTER.module]: { any: ['A', 'B'] },
      [FILTER.kind]: { any: ['Lesson'] },
    }));
});

describe('isSearchable', () => {
  it('needs two letters or digits', () => {
    expect(isSearchable({ text: '  ?! ', modules: [], kinds: [] })).toBe(false);
    expect(isSearchable({ text: 'r', modules: [], kinds: [] })).toBe(false);
    expect(isSearchable({ text: 'press 0', modules: [], kinds: [] })).toBe(true);
    expect(isSearchable({ text: 'é0', modules: [], kinds: [] })).toBe(true);
  });
});

describe('orderModules', () => {
  it('puts module filter values in course order, numbers compared as numbers', () =>
    expect(orderModules(['10. Later', '2. Voicemail', '1. Openers', '2. Voicemail', 'Unnumbered'])).toEqual([
      '1. Openers',
      '2. Voicemail',
      '10. Later',
      'Unnumbered',
    ]));
});
