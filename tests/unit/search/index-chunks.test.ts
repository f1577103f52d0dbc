// Re-chunking Pagefind's word index: the pure cutting rules, then once on a
// real bundle that Pagefind itself wrote.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { boundaryPrefixes, chunkRanges, locationCount, splitWords, type PackedWord } from '../../../src/search/index-chunks';
import { useSmallerChunks } from '../../../src/integrations/pagefind-smaller-chunks.mjs';

const word = (text: string, ...pages: number[][]): PackedWord => [text, pages.map((locs, i) => [i, locs, []]), []];

describe('splitWords', () => {
  it('counts each location plus one per page, as Pagefind does', () => {
    expect(locationCount(word('call', [1, 2, 3], [4]))).toBe(6);
  });

  it('cuts between words once a chunk would pass the limit', () => {
    const words = [word('a', [1, 2]), word('b', [1]), word('c', [1, 2, 3]), word('d', [1])];
    expect(splitWords(words, 6).map((c) => c.map((w) => w[0]))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('gives a word bigger than the limit a chunk of its own', () => {
    const words = [word('a', [1]), word('huge', [1, 2, 3, 4, 5, 6, 7, 8]), word('z', [1])];
    expect(splitWords(words, 4).map((c) => c.map((w) => w[0]))).toEqual([['a'], ['huge'], ['z']]);
  });

  it('refuses a limit that is not positive', () => {
    expect(() => splitWords([], 0)).toThrow(RangeError);
  });

  const wordsArb = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 0, maxLength: 60 })
    .chain((texts) =>
      fc.tuple(
        fc.constant([...texts].sort()),
        fc.array(fc.array(fc.array(fc.integer({ min: -30, max: 900 }), { maxLength: 12 }), { minLength: 1, maxLength: 4 }), {
          minLength: texts.length,
          maxLength: texts.length,
        }),
      ),
    )
    .map(([texts, pages]) => texts.map((t, i) => word(t, ...(pages[i] ?? [[]]))));

  it('keeps every word once, in order, and each chunk within the limit unless it is one word', () => {
    fc.assert(
      fc.property(wordsArb, fc.integer({ min: 1, max: 40 }), (words, limit) => {
        const chunks = splitWords(words, limit);
        expect(chunks.flat()).toEqual(words);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          if (chunk.length > 1) expect(chunk.reduce((n, w) => n + locationCount(w), 0)).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });
});

describe('chunkRanges', () => {
  it('shortens neighbours to the prefixes that tell them apart, as Pagefind does', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
  });

  it('counts by code point, never splitting a character in two', () => {
    expect(boundaryPrefixes('😀a', '😀b')).toEqual(['😀a', '😀b']);
  });

  it('keeps the first and last words whole', () => {
    const chunks = [[word('apple', [1]), word('apricot', [1])], [word('banana', [1])], [word('peach', [1])]];
    expect(chunkRanges(chunks)).toEqual([
      { from: 'apple', to: 'a' },
      { from: 'b', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });

  it('gives ranges that never overlap and cover every word of their chunk', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,7}$/), { minLength: 2, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (texts, limit) => {
        const words = [...texts].sort().map((t) => word(t, [1]));
        const chunks = splitWords(words, limit);
        const ranges = chunkRanges(chunks);
        ranges.forEach((range, i) => {
          for (const [text] of chunks[i]!) {
            expect(text >= range.from).toBe(true);
            expect(text.startsWith(range.to) || text <= range.to).toBe(true);
          }
          if (i > 0) expect(ranges[i - 1]!.to < range.from).toBe(true);
        });
      }),
    );
  });
});

describe('useSmallerChunks on a bundle Pagefind wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warm-open-chunks-'));
  afterAll(async () => {
    await pagefind.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const unpack = (file: string) => decode(gunzipSync(readFileSync(file)).subarray(12)) as unknown[];

  it('keeps every word and page entry, updates the meta file and the entry, and removes the old chunks', async () => {
    const { index } = await pagefind.createIndex({});
    const words = Array.from({ length: 400 }, (_, i) => `word${i.toString(36)}`);
    for (let page = 0; page < 6; page++) {
      const text = words.filter((_, i) => i % (page + 2) === 0).join(' ');
      await index!.addCustomRecord({ url: `/p${page}/`, content: `${text} receptionist`, language: 'en' });
    }
    await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    const bundle = join(dir, 'pagefind');
    const entryBefore = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    const metaBefore = unpack(join(bundle, `pagefind.${entryBefore.languages.en.hash}.pf_meta`));
    const wordsBefore = (metaBefore[2] as [string, string, string][]).flatMap(
      ([, , hash]) => unpack(join(bundle, 'index', `${hash}.pf_index`))[0] as unknown[],
    );

    const result = await useSmallerChunks(bundle, { maxLocations: 100 });
    expect(result).toMatchObject({ rewritten: true, before: 1 });
    expect(result.after).toBeGreaterThan(5);

    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.hash).not.toBe(entryBefore.languages.en.hash);
    const meta = unpack(join(bundle, `pagefind.${entry.languages.en.hash}.pf_meta`));
    // Pages, filters and the rest of the meta are untouched; only the chunk list differs.
    expect(meta.filter((_, i) => i !== 2)).toEqual(metaBefore.filter((_, i) => i !== 2));
    const chunkList = meta[2] as [string, string, string][];
    expect(chunkList).toHaveLength(result.after);
    expect(chunkList.flatMap(([, , hash]) => unpack(join(bundle, 'index', `${hash}.pf_index`))[0] as unknown[])).toEqual(wordsBefore);
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual(chunkList.map(([, , hash]) => `${hash}.pf_index`).sort());
    expect(readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))).toEqual([`pagefind.${entry.languages.en.hash}.pf_meta`]);
  });

  it('leaves a bundle it cannot read exactly as it was', async () => {
    const bundle = join(dir, 'pagefind');
    const entry = readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8');
    const meta = `pagefind.${JSON.parse(entry).languages.en.hash}.pf_meta`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(bundle, meta), 'not gzip');
    const files = readdirSync(bundle, { recursive: true }).sort();
    const result = await useSmallerChunks(bundle, { maxLocations: 50 });
    expect(result.rewritten).toBe(false);
    expect(result.reason).toBeTruthy();
    expect(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).toBe(entry);
    expect(readdirSync(bundle, { recursive: true }).sort()).toEqual(files);
  });
});
