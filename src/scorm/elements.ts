/** The CMI elements the launch page reads and writes, by SCORM version (values: outcome.ts). */
import type { ScormVersion } from './outcome';

export interface Elements {
  suspend: string;
  location: string;
  sessionTime: string;
  exit: string;
  learner: string;
}

export const ELEMENTS: Record<ScormVersion, Elements> = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    learner: 'cmi.core.student_id',
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    learner: 'cmi.learner_id',
  },
};

/**
 * Most suspend data written. SCORM 1.2 allows 4,096 characters; SCORM 2004
 * 4th edition allows 64,000, but some LMSs still keep 2004's older 4,000, and
 * the codec keeps everything that matters well inside 4,000, so both stay there.
 */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 4000 };

/**
 * Most suspend data the launch page writes: 90% of the limit. The codec fills
 * whatever room it is given with detail (responses, older attempts), so
 * without a margin one pass already filled 4,088 of 4,096 characters; an LMS
 * that counts characters its own way, or escapes some, gets the rest.
 */
export const SUSPEND_BUDGET: Record<ScormVersion, number> = { '1.2': Math.floor(SUSPEND_LIMIT['1.2'] * 0.9), '2004': Math.floor(SUSPEND_LIMIT['2004'] * 0.9) };
