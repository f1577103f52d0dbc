/**
 * Which words to mark, in result titles and on a page opened from a result
 * (its link carries the typed terms: ?highlight=term, repeated). Pagefind
 * matched them by stem and by prefix, so we mark every word that starts with
 * the term minus a plain English ending: "calls" marks call, calls, calling.
 */
import type { Segment } from './excerpt';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MIN_STEM = 3;
/** Marking every "the" on a page helps nobody; kept only if nothing else was typed. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from he her his i if in is it its me my of on or she so than that the their them they this to was we what when where who why will with you your'.split(
    ' ',
  ),
);

/** The stem we match on: the term lower-cased, without a plural or verb ending. */
export function stem(term: string): string {
  const lower = term.toLowerCase();
  const stripped = lower.replace(/(?:ing|ed|ies|(?<=s|x|z|ch|sh)es|(?<![sui])s)$/u, '');
  return stripped.length >= MIN_STEM ? stripped : lower;
}

/** Distinct stems of the highlight terms, longest first so longer matches win. */
export function highlightStems(terms: readonly string[]): string[] {
  const words = terms.flatMap((t) => t.match(WORD) ?? []).map((w) => w.toLowerCase());
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const stems = (meaningful.length ? meaningful : words).map(stem);
  return [...new Set(stems)].sort((a, b) => b.length - a.length).slice(0, 10);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches whole words that begin with one of the stems; null when there is nothing to mark. */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  const stems = highlightStems(terms);
  if (!stems.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** [start, end) ranges of the matches in one text. */
export function matchRanges(text: string, pattern: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (m[0]) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** The text cut into marked and plain segments (the excerpt's shape), ready to render as text. */
export function segmentsOf(text: string, pattern: RegExp | null): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of pattern ? matchRanges(text, pattern) : []) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
