import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from '../../../src/search/excerpt';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('excerptSegments', () => {
  it('splits marked words from plain text', () =>
    expect(excerptSegments('ask the <mark>receptionist</mark> for help')).toEqual([
      { text: 'ask the ', mark: false },
      { text: 'receptionist', mark: true },
      { text: ' for help', mark: false },
    ]));

  it('decodes entities into text, so markup in the content stays text', () =>
    expect(excerptSegments('say &lt;b&gt;hi&lt;/b&gt; &amp; <mark>wait</mark>')).toEqual([
      { text: 'say <b>hi</b> & ', mark: false },
      { text: 'wait', mark: true },
    ]));

  it('drops any other tag instead of rendering it', () =>
    expect(excerptSegments('<img src=x onerror=alert(1)>a <script>b</script>')).toEqual([{ text: 'a b', mark: false }]));

  it('joins neighbouring segments of the same kind', () =>
    expect(excerptSegments('<mark>magic</mark><mark> wand</mark>')).toEqual([{ text: 'magic wand', mark: true }]));

  it('gives back exactly the text that was escaped and marked (property)', () =>
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ minLength: 1 }), mark: fc.boolean() }), { maxLength: 8 }), (parts) => {
        const html = parts.map((p) => (p.mark ? `<mark>${escape(p.text)}</mark>` : escape(p.text))).join('');
        const segments = excerptSegments(html);
        expect(segments.map((s) => s.text).join('')).toBe(parts.map((p) => p.text).join(''));
        const marked = (list: { text: string; mark: boolean }[]) =>
          list
            .filter((p) => p.mark)
            .map((p) => p.text)
            .join('');
        expect(marked(segments)).toBe(marked(parts));
      }),
    ));
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities', () => expect(decodeEntities('&quot;a&#39;s&#x2019;&nbsp;')).toBe('"a\'s\u2019\u00a0'));
  it('leaves unknown or out-of-range entities as written', () => expect(decodeEntities('&bogus; &#99999999;')).toBe('&bogus; &#99999999;'));
});
