// @ts-check
// Rewrites a written Pagefind bundle's word index into smaller chunks, so a
// query fetches a few kilobytes of index instead of ~32 KB (why, and the
// rules: src/search/index-chunks.ts). Runs after Pagefind's writeFiles().
//
// Pagefind's files are gzip of "pagefind_dcd" + CBOR. Before touching
// anything, every file read is re-encoded and compared with the original: a
// Pagefind whose format has changed is left exactly as it wrote it (search
// keeps working, only heavier) and the build says so.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { chunkRanges, splitWords } from '../search/index-chunks.ts';

/** About 8 KB compressed per chunk on this course's prose. */
export const MAX_LOCATIONS = 5000;
const SIGNATURE = 'pagefind_dcd';

/** @param {Buffer} file */
function unpack(file) {
  const raw = gunzipSync(file);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('no pagefind_dcd signature');
  const body = raw.subarray(SIGNATURE.length);
  const value = decode(body);
  if (!Buffer.from(encode(value)).equals(body)) throw new Error('does not re-encode to the same bytes');
  return value;
}

/** @param {unknown} value */
const pack = (value) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encode(value)]), { level: 9 });

/** Pagefind-style short name: `<lang>_<hash>`. @param {string} lang @param {Buffer} bytes @param {number} length */
const nameFor = (lang, bytes, length) => `${lang}_${createHash('sha256').update(bytes).digest('hex').slice(0, length)}`;

/**
 * @param {string} bundle the pagefind/ folder
 * @param {{ maxLocations?: number }} [options]
 * @returns {Promise<{ rewritten: boolean, before: number, after: number, reason?: string }>}
 */
export async function useSmallerChunks(bundle, { maxLocations = MAX_LOCATIONS } = {}) {
  const entryPath = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8'));
  let before = 0;
  let after = 0;
  /** @type {{ write: [string, Buffer][], remove: string[], lang: string, meta: string }[]} */
  const plans = [];
  try {
    for (const [lang, language] of Object.entries(entry.languages ?? {})) {
      const metaFile = `pagefind.${language.hash}.pf_meta`;
      const meta = unpack(await readFile(join(bundle, metaFile)));
      // [version, pages, index chunks [from, to, hash][], filters, …]
      const chunks = meta?.[2];
      if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3 && typeof c[2] === 'string')) {
        throw new Error(`${metaFile}: index chunk list not where Pagefind 1.6 puts it`);
      }
      const words = [];
      for (const [, , hash] of chunks) {
        const index = unpack(await readFile(join(bundle, 'index', `${hash}.pf_index`)));
        if (!Array.isArray(index?.[0])) throw new Error(`index/${hash}.pf_index: no word list`);
        words.push(...index[0]);
      }
      before += chunks.length;
      const split = splitWords(words, maxLocations);
      after += split.length;
      const ranges = chunkRanges(split);
      /** @type {[string, Buffer][]} */
      const write = [];
      const taken = new Set();
      meta[2] = split.map((chunkWords, i) => {
        const bytes = pack([chunkWords]);
        let length = 7;
        let name = nameFor(lang, bytes, length);
        while (taken.has(name)) name = nameFor(lang, bytes, ++length);
        taken.add(name);
        write.push([join('index', `${name}.pf_index`), bytes]);
        return [ranges[i]?.from, ranges[i]?.to, name];
      });
      const metaBytes = pack(meta);
      const metaName = nameFor(lang, metaBytes, 10);
      write.push([`pagefind.${metaName}.pf_meta`, metaBytes]);
      const remove = [metaFile, ...chunks.map(([, , hash]) => join('index', `${hash}.pf_index`))];
      plans.push({ write, remove: remove.filter((r) => !write.some(([w]) => w === r)), lang, meta: metaName });
    }
  } catch (error) {
    return { rewritten: false, before, after: before, reason: error instanceof Error ? error.message : String(error) };
  }
  // Everything was read and re-encoded cleanly: only now change files.
  for (const plan of plans) {
    for (const [file, bytes] of plan.write) await writeFile(join(bundle, file), bytes);
    for (const file of plan.remove) await rm(join(bundle, file), { force: true });
    entry.languages[plan.lang].hash = plan.meta;
  }
  await writeFile(entryPath, JSON.stringify(entry));
  return { rewritten: true, before, after };
}
