/**
 * The strict codec (see store.ts's Codec): migrates any older format
 * (migrate.ts) and checks every field against the Zod schemas (read-state.ts),
 * and merges copies field by field (merge.ts). For pages that import, review or
 * report, and the SCORM launcher.
 */
import { merge } from './merge';
import { parseProgress } from './migrate';
import type { Codec } from './store';

export const strictCodec: Codec = { parse: parseProgress, merge };
