/**
 * A search as a shareable link: /search/?q=voicemail&module=…&kind=Lesson.
 * `q` is the text, `module` and `kind` may repeat and hold filter values
 * exactly as the index stores them ("2. Voicemail is where…", "Lesson").
 * Unknown parameters are ignored, so old links keep working as filters are
 * added.
 */
export interface SearchQuery {
  text: string;
  modules: string[];
  kinds: string[];
}

/** The filter names in the Pagefind index (data-pagefind-filter="module:…" / "type:…"). */
export const FILTER = { module: 'module', kind: 'type' } as const;

/** Kinds of record, in the order the filter lists them ("Guide": the manager guide; "Tool": the call planner). */
export const KINDS = ['Lesson', 'Guide', 'Tool', 'Glossary', 'Call card', 'Practice'] as const;

const MAX_TEXT = 200;

const values = (params: URLSearchParams, name: string) => [
  ...new Set(
    params
      .getAll(name)
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

export function parseSearchParams(params: URLSearchParams): SearchQuery {
  return {
    text: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT),
    modules: values(params, 'module'),
    kinds: values(params, 'kind'),
  };
}

export function toSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  for (const m of query.modules) params.append('module', m);
  for (const k of query.kinds) params.append('kind', k);
  return params;
}

/** Pagefind's filter object: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(query: SearchQuery): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (query.modules.length) filters[FILTER.module] = { any: query.modules };
  if (query.kinds.length) filters[FILTER.kind] = { any: query.kinds };
  return filters;
}

/** Worth sending to the index: two letters or digits at least (one letter matches half the course). */
export function isSearchable(query: SearchQuery): boolean {
  return (query.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
}

/**
 * Module filter values ("2. Voicemail is where…", see LessonLayout.astro) in
 * course order: by their number, then by text. The index is the one list of
 * modules the filter offers, so the page HTML does not grow with the course.
 */
export function orderModules(values: Iterable<string>): string[] {
  const number = (v: string) => Number(/^(\d+)\./.exec(v)?.[1] ?? Number.POSITIVE_INFINITY);
  return [...new Set(values)].sort((a, b) => number(a) - number(b) || a.localeCompare(b));
}
