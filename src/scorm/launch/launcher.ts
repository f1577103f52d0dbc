/**
 * The SCORM launch page (scorm-launch.html, written by scripts/scorm/build.mjs):
 * the one SCO of the package. A multi-page course cannot call Initialize on
 * every page (SCORM 2004 forbids a second Initialize after Terminate), so
 * this page holds the LMS session for the whole visit and shows the course
 * pages in a full-size iframe:
 *
 * 1. finds the LMS's API (lms-api.ts) and calls Initialize once;
 * 2. reads what the LMS says about this launch (mode, credit, entry) and the
 *    statuses it holds, and decides with attempt.ts: review (show the record,
 *    write nothing), a fresh attempt (the LMS's record only) or a resumed one
 *    (this browser's progress for this activity merged with suspend data; a
 *    different learner's progress on a shared browser is set aside first);
 * 3. lends the course pages this activity's own view of the browser's
 *    storage (activity-storage.ts), or a copy in memory in review;
 * 4. opens the course at the last page visited, else the home page;
 * 5. reports status, score, bookmark and suspend data whenever progress
 *    changes, never below what the LMS holds, committing at most every two
 *    seconds;
 * 6. on leaving: session time, exit suspend, a last commit, Terminate.
 *
 * Without an LMS, or when the LMS refuses a call, the course carries on and a
 * calm notice says what happened; progress stays in this browser.
 */
import { PROGRESS_KEY, emptyState } from '../../progress/state';
import type { StorageLike } from '../../progress/store';
import { openProgress } from '../../progress/store';
import { strictCodec } from '../../progress/strict-codec';
import { activityPrefix, activityStorage, overlayStorage } from '../activity-storage';
import type { LaunchContext } from '../attempt';
import { CONTEXT_ELEMENTS, HELD_ELEMENTS, allowedWrites, isReview, startingProgress } from '../attempt';
import type { ScormCourse } from '../course-map';
import { shortId } from '../course-map';
import { ELEMENTS, SUSPEND_BUDGET } from '../elements';
import type { ScormHost } from '../host';
import { HOST_KEY, launchStorage } from '../host';
import type { Lms } from '../lms-api';
import { connect, findApi } from '../lms-api';
import type { ScormVersion } from '../outcome';
import { EXIT, cmiValues, outcomeOf } from '../outcome';
import { scorm12Time, scorm2004Time } from '../session-time';
import { decodeSuspend } from '../suspend-decode';
import { encodeSuspend, pagePath } from '../suspend-codec';
import { NOTICES, failureText, showNotice } from './notice';

/** Whose progress this browser holds for the activity (a short hash of the LMS learner id, not the id). */
const LEARNER_KEY = 'warm-open:scorm-learner';
const COMMIT_EVERY_MS = 2000;

const version: ScormVersion = document.documentElement.dataset['scormVersion'] === '2004' ? '2004' : '1.2';
const el = ELEMENTS[version];
const course = JSON.parse(document.getElementById('scorm-course')?.textContent ?? '{}') as ScormCourse;
/** The package's launch path: what tells this activity apart from every other one the LMS serves. */
const root = new URL('./', location.href).pathname;
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-course-frame]');
const notice = document.querySelector<HTMLElement>('[data-lms-notice]');

const browserStorage = launchStorage(() => schedule());
/** What this launch page and its course pages read and write: this activity's view, or a copy in review. */
let pageStorage: StorageLike = activityStorage(browserStorage, root, () => schedule());
let store = openProgress(pageStorage, strictCodec);
const written = new Map<string, string>();
/** What the LMS holds for the guarded elements, updated as this page writes them. */
const holds: Record<string, string> = {};
let context: LaunchContext = { mode: 'normal', credit: 'credit', entry: '' };
let commitTimer: ReturnType<typeof setTimeout> | undefined;
let lastCommit = 0;
let pending = false;
let finished = false;
let failing = false;
let suspendReadOnly = false;

const host: ScormHost = {
  // A getter: review swaps in a copy before the first course page asks for it.
  get storage() {
    return pageStorage;
  },
  changed: () => schedule(),
};
Object.defineProperty(window, HOST_KEY, { value: host });

const api = findApi(window as never, version);
let lms: Lms | undefined = api ? connect(api, version) : undefined;
const started = Date.now();

if (!lms) showNotice(notice, NOTICES.noLms);
else if (!lms.initialize()) {
  showNotice(notice, failureText(lms.failure(), true));
  lms = undefined;
} else start(lms);

/** Reads the launch's context and the record, and sets up the progress the course starts from. */
function start(lms: Lms) {
  const names = CONTEXT_ELEMENTS[version];
  context = { mode: lms.get(names.mode), credit: lms.get(names.credit), entry: lms.get(names.entry) };
  for (const element of HELD_ELEMENTS[version]) holds[element] = lms.get(element);

  let sameLearner = true;
  const learner = lms.get(el.learner);
  if (learner) {
    try {
      const previous = pageStorage.getItem(LEARNER_KEY);
      sameLearner = previous === null || previous === shortId(learner);
      // In review nothing is changed, not even whose progress this browser holds.
      if (!isReview(context)) pageStorage.setItem(LEARNER_KEY, shortId(learner));
    } catch {
      // Storage refused: nothing of anyone else's can be in it either.
    }
  }

  const saved = lms.get(el.suspend);
  const decoded = saved ? decodeSuspend(saved, course, { root }) : undefined;
  if (decoded && !decoded.ok) {
    // A newer version of the course wrote it: this copy never overwrites what it cannot read.
    if (decoded.newer) suspendReadOnly = true;
    // Unreadable: replaced by this browser's progress at the next report.
    showNotice(notice, decoded.newer ? `${decoded.error} Your progress is kept in this browser.` : decoded.error);
  }
  const fromLms = decoded?.ok ? decoded.value.state : undefined;
  // Another learner used this browser: their progress is theirs, not to be shown or reported as this one's.
  const mine = store.read();
  const { state, replaces } = startingProgress(context, fromLms, sameLearner ? mine : emptyState(mine.generation), Date.now());

  if (isReview(context)) {
    pageStorage = overlayStorage(pageStorage, { [PROGRESS_KEY]: JSON.stringify(state) });
    store = openProgress(pageStorage, strictCodec);
    showNotice(notice, NOTICES.review);
  } else {
    // A new generation when this browser's copy is set aside, so no other tab's copy of it merges back in.
    store.update(() => (replaces || !sameLearner ? { ...state, generation: Math.max(state.generation, Date.now()) } : state));
  }
}

/** Tells the LMS what changed since the last report, never lowering what it holds; nothing in review. */
function report(): void {
  if (!lms || finished || isReview(context)) return;
  const state = store.read();
  const values = allowedWrites(version, context, holds, cmiValues(outcomeOf(state, course), version));
  if (!suspendReadOnly) values.push([el.suspend, encodeSuspend(state, course, { limit: SUSPEND_BUDGET[version], root })]);
  const path = state.lastPage && pagePath(state.lastPage.url, root, course);
  if (path !== undefined) values.push([el.location, path]);
  let changed = false;
  for (const [element, value] of values) {
    if (written.get(element) === value) continue;
    if (!lms.set(element, value)) return failed();
    written.set(element, value);
    if (element in holds) holds[element] = value;
    changed = true;
  }
  if (changed) commitSoon();
}

function commitSoon() {
  commitTimer ??= setTimeout(
    () => {
      commitTimer = undefined;
      lastCommit = Date.now();
      if (lms && !finished) (lms.commit() ? recovered : failed)();
    },
    Math.max(0, lastCommit + COMMIT_EVERY_MS - Date.now()),
  );
}

function failed() {
  failing = true;
  showNotice(notice, failureText(lms?.failure(), false));
  // What was refused is offered again with the next change.
  written.clear();
}

function recovered() {
  if (!failing) return;
  failing = false;
  showNotice(notice, NOTICES.recovered);
}

function schedule() {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    report();
  });
}

function finish() {
  if (!lms || finished) return;
  clearTimeout(commitTimer);
  if (!isReview(context)) {
    report();
    const elapsed = Date.now() - started;
    lms.set(el.sessionTime, version === '1.2' ? scorm12Time(elapsed) : scorm2004Time(elapsed));
    lms.set(el.exit, EXIT);
    lms.commit();
  }
  lms.finish();
  finished = true;
}

// Another tab of the same activity wrote progress (this page's own pages report through pageStorage).
const progressKey = `${activityPrefix(root)}${PROGRESS_KEY}`;
addEventListener('storage', (e) => {
  if (e.key === null || e.key === progressKey) schedule();
});
addEventListener('pagehide', finish);
addEventListener('beforeunload', finish);

if (frame) {
  frame.addEventListener('load', () => {
    try {
      const title = frame.contentDocument?.title;
      if (title) document.title = title;
    } catch {
      // A page of another origin: keep the course title.
    }
  });
  const last = store.read().lastPage;
  const start = (last && pagePath(last.url, root, course)) ?? '';
  frame.src = `${start}index.html`;
}
report();
