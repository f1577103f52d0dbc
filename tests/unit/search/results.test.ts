import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../../src/search/pagefind-types';
import { MAX_SUB_RESULTS, toResultView } from '../../../src/search/results';

const url = '/course/voicemail/press-zero/?highlight=receptionist';
const sub = (id: string, hits: number, title = id): PagefindSubResult => ({
  title,
  url: `${url}#${id}`,
  excerpt: `about the <mark>receptionist</mark> in ${id}`,
  locations: Array.from({ length: hits }, (_, i) => i),
  anchor: { element: 'h2', id },
});
const data = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url,
  excerpt: 'ask the <mark>receptionist</mark>',
  meta: { title: 'Press 0 and ask for help', module: 'Voicemail is where the search begins' },
  filters: { type: ['Lesson'], module: ['Voicemail is where the search begins'] },
  sub_results: [],
  ...overrides,
});

describe('toResultView', () => {
  it('takes title, kind, module and the excerpt', () =>
    expect(toResultView(data())).toMatchObject({
      title: 'Press 0 and ask for help',
      url,
      kind: 'Lesson',
      module: 'Voicemail is where the search begins',
      excerpt: [
        { text: 'ask the ', mark: false },
        { text: 'receptionist', mark: true },
      ],
      subResults: [],
    }));

  it('copes with a record that has no module, kind or title', () =>
    expect(toResultView(data({ meta: {}, filters: {} }))).toMatchObject({ title: 'Untitled page', kind: '', module: '' }));

  it('keeps the sections with most matches, in page order', () => {
    const subs = [sub('a', 1), sub('b', 5), sub('c', 2), sub('d', 4), sub('e', 3)];
    expect(toResultView(data({ sub_results: subs })).subResults.map((s) => s.title)).toEqual(['b', 'd', 'e']);
    expect(MAX_SUB_RESULTS).toBe(3);
  });

  it('drops the part above the first heading and a section that is the record itself', () => {
    const top: PagefindSubResult = { title: 'Press 0 and ask for help', url, excerpt: '' };
    const same = { ...sub('quiz', 9), url };
    const titled = sub('practice', 9, 'Press 0 and ask for help');
    expect(toResultView(data({ sub_results: [top, same, titled, sub('ok', 1)] })).subResults.map((s) => s.title)).toEqual(['ok']);
  });
});
