/**
 * A Pagefind result as the list shows it: title, kind and module, one
 * excerpt, and up to a few sub-results that jump to a matching heading.
 */
import { excerptSegments, type Segment } from './excerpt';
import { FILTER } from './query';
import type { PagefindResultData } from './pagefind-types';

export interface SubResultView {
  title: string;
  url: string;
  excerpt: Segment[];
}

export interface ResultView {
  title: string;
  url: string;
  /** "Lesson", "Glossary", "Call card", "Practice", or empty when the record has none. */
  kind: string;
  /** The module's title, or empty for pages that belong to the whole course. */
  module: string;
  excerpt: Segment[];
  subResults: SubResultView[];
}

export const MAX_SUB_RESULTS = 3;

export function toResultView(data: PagefindResultData): ResultView {
  const title = data.meta['title']?.trim() || 'Untitled page';
  // The part of the page above its first heading repeats the page itself, and a
  // practice record's only heading is the record: neither is worth a second link.
  // Of the rest, the sections with most matches, shown in page order.
  const subResults = data.sub_results
    .map((s, order) => ({ s, order, hits: s.locations?.length ?? 0 }))
    .filter(({ s }) => s.anchor && s.url !== data.url && s.title.trim() && s.title.trim() !== title)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, MAX_SUB_RESULTS)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => ({ title: s.title.trim(), url: s.url, excerpt: excerptSegments(s.excerpt) }));
  return {
    title,
    url: data.url,
    kind: data.filters[FILTER.kind]?.[0] ?? '',
    module: data.meta['module']?.trim() ?? '',
    excerpt: excerptSegments(data.excerpt),
    subResults,
  };
}
