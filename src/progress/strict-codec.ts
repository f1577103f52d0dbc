/**
 * The strict codec (see store.ts's Codec): migrates and checks every field
 * (migrate.ts, check-state.ts) and merges copies field by field (merge.ts).
 * For pages that record answers, import, review or report.
 */
import { merge } from './merge';
import { parseProgress } from './migrate';
import type { Codec } from './store';

export const strictCodec: Codec = { parse: parseProgress, merge };
