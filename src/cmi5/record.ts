/**
 * What the course keeps about a cmi5 registration in the LRS's State API, so
 * a launch on another computer resumes: the learner's progress (the same
 * format the browser keeps, read as strictly) and which verdicts were sent
 * (completed and passed go once per registration, §9.3.0.0-6/7). Pure.
 */
import type { ProgressState } from '../progress/state';
import { strictCodec } from '../progress/strict-codec';
import type { Verdicts } from './judge';

/** The course's own State API document (stateId), beside the LMS's LMS.LaunchData. */
export const RECORD_STATE_ID = 'warm-open-progress';
export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';

export interface SavedRecord {
  progress?: ProgressState;
  verdicts: Verdicts;
}

const bool = (x: unknown) => x === true;

/** The stored document, read as untrusted: progress entry by entry (an unreadable part is left out), verdicts as booleans. */
export function readRecord(doc: unknown): SavedRecord {
  const d = (typeof doc === 'object' && doc !== null ? doc : {}) as { progress?: unknown; verdicts?: { completed?: unknown; passed?: unknown } };
  const parsed = d.progress === undefined ? undefined : strictCodec.parse(JSON.stringify(d.progress));
  return {
    ...(parsed?.ok ? { progress: parsed.value } : {}),
    verdicts: { completed: bool(d.verdicts?.completed), passed: bool(d.verdicts?.passed) },
  };
}

/** Sent is sent: what either copy says was sent stays sent. */
export const joinVerdicts = (a: Verdicts, b: Verdicts): Verdicts => ({ completed: a.completed || b.completed, passed: a.passed || b.passed });

/** Verdicts this browser kept for a registration (localStorage text), false where unreadable. */
export function readVerdicts(text: string | null): Verdicts {
  try {
    return readRecord({ verdicts: JSON.parse(text ?? '{}') }).verdicts;
  } catch {
    return { completed: false, passed: false };
  }
}
