// A stand-in for how Moodle 4.4 (mod/scorm) runs one SCORM activity for one
// learner: its record is a list of attempts, each the CMI values the course
// sent (element → value, as Moodle's scorm_scoes_track rows), stored when
// the course commits or terminates. At each launch, as Moodle decides:
//
// - an attempt is over once its status is completed, passed or failed
//   (scorm_check_mode; for SCORM 2004 the completion or success status):
//   launches open it in review mode without credit, unless the learner asks
//   for a new attempt, which starts the next one in normal mode;
// - SCORM 1.2 gets every value of the attempt back, entry "ab-initio" when
//   it has no status yet, "resume" after exit suspend, else "";
// - SCORM 2004 gets the values back only after exit suspend (entry "resume");
//   otherwise an empty data model and entry "ab-initio" (RTE 4.2.8).
//
// Values are stored in review mode too: Moodle does not refuse them, which is
// how a course that writes in review changes the record.
/* exported moodleLaunch */

const OVER = ['completed', 'passed', 'failed'];
/** Elements an LMS never sends back. */
const WRITE_ONLY = ['cmi.exit', 'cmi.core.exit', 'cmi.session_time', 'cmi.core.session_time'];

/**
 * @param {'1.2' | '2004'} version
 * @param {{ attempts: Record<string, string>[] }} record
 * @param {boolean} newAttempt
 * @returns {{ attempt: number, mode: string, credit: string, entry: string, json: Record<string, unknown> }}
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a global: harness.js calls it (both are classic scripts)
function moodleLaunch(version, record, newAttempt) {
  if (!record.attempts.length) record.attempts.push({});
  let attempt = record.attempts.length;
  const tracks = record.attempts[attempt - 1];
  const statuses = version === '1.2' ? [tracks['cmi.core.lesson_status']] : [tracks['cmi.completion_status'], tracks['cmi.success_status']];
  const over = statuses.some((s) => OVER.includes(s ?? ''));
  let mode = 'normal';
  if (over && newAttempt) {
    record.attempts.push({});
    attempt++;
  } else if (over) mode = 'review';
  const current = record.attempts[attempt - 1];
  const exit = current[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit'];
  const loaded = version === '1.2' || exit === 'suspend' ? current : {};
  const entry =
    version === '1.2' ? (!current['cmi.core.lesson_status'] ? 'ab-initio' : exit === 'suspend' ? 'resume' : '') : exit === 'suspend' ? 'resume' : 'ab-initio';
  const credit = mode === 'normal' ? 'credit' : 'no-credit';
  /** @type {Record<string, any>} */
  const json = {};
  for (const [element, value] of Object.entries(loaded)) {
    if (WRITE_ONLY.includes(element)) continue;
    const path = element.replace(/^cmi\./, '').split('.');
    let at = json;
    for (const key of path.slice(0, -1)) at = at[key] ??= {};
    at[path[path.length - 1] ?? ''] = value;
  }
  if (version === '1.2') json['core'] = { ...(json['core'] ?? {}), lesson_mode: mode, credit, entry };
  else Object.assign(json, { mode, credit, entry });
  return { attempt, mode, credit, entry, json };
}
