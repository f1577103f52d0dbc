/**
 * The slice of Pagefind's browser API (pagefind/pagefind.js, 1.6) that we
 * use. The bundle is written by the build, not installed as a module, so it
 * is loaded by URL and typed here.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches in this section. */
  locations?: number[];
  anchor?: { element: string; id: string; text?: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface PagefindOptions {
  basePath?: string;
  baseUrl?: string;
  /** Run on the main thread: saves fetching the worker script (about 12 KB). */
  noWorker?: boolean;
  highlightParam?: string;
  excerptLength?: number;
  /** Put before and after an excerpt cut from the middle of the text. */
  excerptEllipsis?: string;
}

export interface PagefindModule {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: object }): Promise<void>;
  /** Resolves to null when a newer search replaced this one during the wait. */
  debouncedSearch(term: string, options: { filters?: object }, debounceMs?: number): Promise<PagefindResponse | null>;
  search(term: string, options?: { filters?: object }): Promise<PagefindResponse>;
  /** Every filter and its values, with page counts: { module: { "1. Openers…": 6 }, type: {…} }. */
  filters(): Promise<Record<string, Record<string, number>>>;
}
