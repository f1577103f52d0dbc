/**
 * The light reading of stored progress (see store.ts's Codec), for the two
 * scripts whose pages have a JavaScript budget: the tracker (inline on every
 * page: lesson completion and the last page in, visits and time out) and the
 * recorder on quiz pages (attempts out). It checks the outline of the data,
 * not every field: bundled on its own it is 223 B gzip, where the strict reading
 * (strict-codec.ts: migration and the Zod schemas of state-schema.ts) is about
 * 95 KB, against 3 KB for the tracker and 4 KB for tracker and recorder together
 * (tests/e2e/progress.spec.ts). The pages that read progress in depth
 * (progress, review, assignment, report, certificate) read strictly and keep
 * aside anything damaged. Data it cannot even outline is kept aside here too;
 * data from a newer format is left alone, and data in format 1 too, until the
 * recorder (loading v1-to-v2.ts only then) or a strict page migrates it.
 */
import type { Codec } from './store';
import type { ProgressState } from './state';
import { VERSION } from './state';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const parseLight: Codec['parse'] = (text) => {
  let data: Partial<ProgressState> & { v?: unknown } = {};
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    // falls through to "damaged"
  }
  // Format 1 kept its version in "v"; `?.` because the text may hold null or any other JSON.
  const version = data?.version ?? data?.v;
  if ((version as number) > VERSION) return { ok: false, newer: true };
  if ((version as number) < VERSION) return { ok: false, older: true };
  const sound = version === VERSION && isRecord(data.lessons) && isRecord(data.questions) && isRecord(data.assessments) && isRecord(data.lastPage ?? {});
  return sound ? { ok: true, value: data as ProgressState } : { ok: false };
};

/**
 * The tracker's codec: where its copy and the stored one differ it takes the
 * stored one, so what it could lose is a visit or a few seconds, never an
 * answer (the recorder merges properly, with merge.ts).
 */
export const lightCodec: Codec = { parse: parseLight, merge: (_mine, theirs) => theirs };
