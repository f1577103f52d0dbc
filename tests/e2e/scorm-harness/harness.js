// The test LMS's page (see server.mjs). The test calls launch() with the
// version, the learner, data saved by an earlier launch (scorm-again's CMI
// JSON), and whether commits should fail; then reads what was recorded with
// recorded(), and ends the session as an LMS does, by unloading the course.
/* global Scorm12API, Scorm2004API */
const lms = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));

lms.launch = function ({ version, learner, prior, failCommits }) {
  const settings = { autocommit: false, logLevel: 5, ...(failCommits ? { lmsCommitUrl: '/harness/commit' } : {}) };
  const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  const who = version === '1.2' ? { core: { student_id: learner, student_name: 'Learner, Test' } } : { learner_id: learner, learner_name: 'Test Learner' };
  api.loadFromJSON({ ...(prior ?? {}), ...(version === '1.2' ? { core: { ...who.core, ...(prior?.core ?? {}) } } : who) });
  const calls = [];
  const sets = [];
  for (const name of ['Initialize', 'LMSInitialize', 'Terminate', 'LMSFinish', 'Commit', 'LMSCommit']) api.on(name, () => calls.push(name));
  // The values exactly as the course wrote them (the runtime may store some, like 1.2's session time, reformatted).
  for (const name of ['SetValue', 'LMSSetValue']) api.on(name, (element, value) => sets.push([element, value]));
  Object.assign(lms, { calls, sets, api, [version === '1.2' ? 'API' : 'API_1484_11']: api });
  document.getElementById('sco').src = `/lms/content.v2/${version === '1.2' ? 'scorm12' : 'scorm2004'}/scorm-launch.html`;
};

/** What the runtime holds now, in its own JSON form. */
lms.recorded = function () {
  return JSON.parse(JSON.stringify(lms.api.cmi));
};

/** The LMS closes the course. */
lms.unload = function () {
  document.getElementById('sco').remove();
};
