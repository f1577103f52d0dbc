/**
 * The light reading of stored progress (see store.ts's Codec), for the
 * scripts on every page: the tracker, which reads lesson completion and the
 * last page and writes visits and time, and the recorder on quiz pages, which
 * adds attempts. It checks the outline of the data, not every field: the
 * strict check (strict-codec.ts) is too big for those pages' JavaScript
 * budget, and runs on the pages that read progress in depth (progress,
 * review, assignment, report, certificate), which keep aside anything
 * damaged. Data it cannot even outline is kept aside here too; data from a
 * newer format is left alone.
 */
import type { Codec } from './store';
import type { ProgressState } from './state';
import { VERSION } from './state';

const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

export const parseLight: Codec['parse'] = (text) => {
  let data: Partial<ProgressState> | undefined;
  try {
    data = JSON.parse(text) as Partial<ProgressState>;
  } catch {
    // falls through to "damaged"
  }
  if (isRecord(data) && typeof data?.v === 'number' && data.v > VERSION) return { ok: false, error: '', newer: true };
  const sound = isRecord(data) && data?.v === VERSION && isRecord(data.l) && isRecord(data.q) && isRecord(data.a) && (data.p === undefined || Array.isArray(data.p));
  return sound ? { ok: true, value: data as ProgressState } : { ok: false, error: '' };
};

/**
 * The tracker's codec: where its copy and the stored one differ it takes the
 * stored one, so what it could lose is a visit or a few seconds, never an
 * answer (the recorder merges properly, with merge.ts).
 */
export const lightCodec: Codec = { parse: parseLight, merge: (_mine, theirs) => theirs };
