// The test LMS's page (see server.mjs). The test calls launch() with the
// version, the learner, data saved by an earlier launch (scorm-again's CMI
// JSON), and whether commits should fail; then reads what was recorded with
// recorded(), and ends the session as an LMS does, by unloading the course.
// With `moodle` (a learner's record in one activity, see moodle.js) the
// launch follows Moodle's rules instead, and moodleRecord() gives the record
// back as the course left it; `activity` picks the package (two activities
// on this one origin), `newAttempt` asks for a new attempt.
/* global Scorm12API, Scorm2004API, moodleLaunch */
const lms = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));

lms.launch = function ({ version, learner, prior, failCommits, moodle, newAttempt, activity }) {
  const settings = { autocommit: false, logLevel: 5, ...(failCommits ? { lmsCommitUrl: '/harness/commit' } : {}) };
  const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  const who = version === '1.2' ? { core: { student_id: learner, student_name: 'Learner, Test' } } : { learner_id: learner, learner_name: 'Test Learner' };
  const launched = moodle ? moodleLaunch(version, moodle, Boolean(newAttempt)) : undefined;
  const start = launched ? launched.json : (prior ?? {});
  api.loadFromJSON({ ...start, ...(version === '1.2' ? { core: { ...who.core, ...(start.core ?? {}) } } : who) });
  const calls = [];
  const sets = [];
  /** Values sent since the last commit: Moodle stores them when the course commits or terminates. */
  let unsaved = [];
  const store = () => {
    if (moodle && launched && !failCommits) for (const [element, value] of unsaved) moodle.attempts[launched.attempt - 1][element] = value;
    unsaved = [];
  };
  for (const name of ['Initialize', 'LMSInitialize', 'Terminate', 'LMSFinish', 'Commit', 'LMSCommit'])
    api.on(name, () => {
      calls.push(name);
      if (!/Initialize/.test(name)) store();
    });
  // The values exactly as the course wrote them (the runtime may store some, like 1.2's session time, reformatted).
  for (const name of ['SetValue', 'LMSSetValue'])
    api.on(name, (element, value) => {
      sets.push([element, value]);
      unsaved.push([element, value]);
    });
  Object.assign(lms, { calls, sets, api, moodle, launched, [version === '1.2' ? 'API' : 'API_1484_11']: api });
  document.getElementById('sco').src = `/lms/content.v2/${activity ?? (version === '1.2' ? 'scorm12' : 'scorm2004')}/scorm-launch.html`;
};

/** The Moodle record as the course has left it so far, and how this launch was opened. */
lms.moodleRecord = function () {
  return { record: JSON.parse(JSON.stringify(lms.moodle)), launched: lms.launched };
};

/** What the runtime holds now, in its own JSON form. */
lms.recorded = function () {
  return JSON.parse(JSON.stringify(lms.api.cmi));
};

/** The LMS closes the course. */
lms.unload = function () {
  document.getElementById('sco').remove();
};
