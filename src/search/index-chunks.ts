/**
 * Smaller word-index chunks for Pagefind (used by src/integrations/pagefind-smaller-chunks.mjs).
 *
 * Pagefind 1.6 cuts its word index into chunks of about 20,000 word
 * locations, a number it hard-codes. A query fetches every chunk whose word
 * range it touches, so on this course a one-word search fetched a 32 KB chunk:
 * a third of the first search's bytes. Cutting the same words into smaller
 * chunks makes a query fetch only the few kilobytes around its words, at any
 * course size. Nothing else changes: the words, their order and every page
 * entry are kept as Pagefind wrote them.
 *
 * A chunk is named by a word range. As in Pagefind, the first chunk starts
 * at its first word and the last ends at its last; between two neighbours
 * each side is shortened to the shortest prefix that still tells them apart
 * ("apple" | "apricot" becomes "app" | "apr").
 */

/**
 * One word as Pagefind stores it: the word, then one entry per page whose
 * second field is the word's locations on that page; later fields are kept
 * as they are.
 */
export type PackedWord = [word: string, pages: PackedPage[], ...rest: unknown[]];
export type PackedPage = [pageDelta: number, locations: number[], ...rest: unknown[]];

export interface ChunkRange {
  from: string;
  to: string;
}

/** The cost Pagefind's own chunking counts: each location, plus one per page. */
export function locationCount(word: PackedWord): number {
  return word[1].reduce((n, page) => n + page[1].length + 1, 0);
}

/**
 * Cuts sorted words into runs of about `maxLocations` each, never splitting a
 * word; a word bigger than the limit gets a chunk of its own.
 */
export function splitWords(words: readonly PackedWord[], maxLocations: number): PackedWord[][] {
  if (!(maxLocations > 0)) throw new RangeError(`maxLocations must be positive, got ${maxLocations}`);
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let size = 0;
  for (const word of words) {
    const cost = locationCount(word);
    if (chunk.length > 0 && size + cost > maxLocations) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(word);
    size += cost;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Pagefind's rule for two neighbouring chunks: common prefix plus one character, by code point. */
export function boundaryPrefixes(last: string, next: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(next);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** The `from`/`to` range of each chunk, as Pagefind's meta file records them. */
export function chunkRanges(chunks: readonly (readonly PackedWord[])[]): ChunkRange[] {
  const ranges = chunks.map((chunk) => ({ from: chunk[0]?.[0] ?? '', to: chunk.at(-1)?.[0] ?? '' }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = boundaryPrefixes(ranges[i]!.to, ranges[i + 1]!.from);
    ranges[i]!.to = to;
    ranges[i + 1]!.from = from;
  }
  return ranges;
}
