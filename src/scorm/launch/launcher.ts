/**
 * The SCORM launch page (scorm-launch.html, written by scripts/scorm/build.mjs):
 * the one SCO of the package. A multi-page course cannot call Initialize on
 * every page (SCORM 2004 forbids a second Initialize after Terminate), so
 * this page holds the LMS session for the whole visit and shows the course
 * pages in a full-size iframe:
 *
 * 1. finds the LMS's API (lms-api.ts) and calls Initialize once;
 * 2. merges the progress in suspend data into this browser's progress store
 *    (a different learner's progress on a shared browser is set aside first);
 * 3. opens the course at the last page visited, else the home page;
 * 4. reports status, score, bookmark and suspend data whenever progress
 *    changes (storage events from the course pages, or the bridge's calls
 *    when the browser refuses them localStorage), committing at most every
 *    two seconds;
 * 5. on leaving: session time, exit (suspend unless the course is completed
 *    and passed), a last commit, Terminate.
 *
 * Without an LMS, or when the LMS refuses a call, the course carries on and a
 * calm notice says what happened; progress stays in this browser.
 */
import { combine } from '../../progress/merge';
import { PROGRESS_KEY } from '../../progress/state';
import type { StorageLike } from '../../progress/store';
import { createStore } from '../../progress/store';
import { strictCodec } from '../../progress/strict-codec';
import type { ScormCourse } from '../course-map';
import { shortId } from '../course-map';
import { ELEMENTS, SUSPEND_LIMIT } from '../elements';
import type { ScormHost } from '../host';
import { HOST_KEY, memoryStorage } from '../host';
import type { Lms } from '../lms-api';
import { connect, findApi } from '../lms-api';
import type { ScormVersion } from '../outcome';
import { cmiValues, exitValue, outcomeOf } from '../outcome';
import { scorm12Time, scorm2004Time } from '../session-time';
import { decodeSuspend, encodeSuspend, pagePath } from '../suspend-codec';
import { NOTICES, failureText, showNotice } from './notice';

/** Whose progress this browser holds (a short hash of the LMS learner id, not the id). */
const LEARNER_KEY = 'warm-open:scorm-learner';
const COMMIT_EVERY_MS = 2000;

const version: ScormVersion = document.documentElement.dataset['scormVersion'] === '2004' ? '2004' : '1.2';
const el = ELEMENTS[version];
const course = JSON.parse(document.getElementById('scorm-course')?.textContent ?? '{}') as ScormCourse;
const root = new URL('./', location.href).pathname;
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-course-frame]');
const notice = document.querySelector<HTMLElement>('[data-lms-notice]');

let storage: StorageLike | undefined;
let inMemory = false;
try {
  storage = window.localStorage;
  storage.getItem(PROGRESS_KEY);
} catch {
  storage = memoryStorage(() => schedule());
  inMemory = true;
}
const store = createStore(storage, strictCodec);
const written = new Map<string, string>();
let commitTimer: ReturnType<typeof setTimeout> | undefined;
let lastCommit = 0;
let pending = false;
let finished = false;
let failing = false;
let suspendReadOnly = false;

const host: ScormHost = { storage: inMemory ? storage : undefined, changed: () => schedule() };
Object.defineProperty(window, HOST_KEY, { value: host });

const api = findApi(window as never, version);
let lms: Lms | undefined = api ? connect(api, version) : undefined;
const started = Date.now();

if (!lms) showNotice(notice, NOTICES.noLms);
else if (!lms.initialize()) {
  showNotice(notice, failureText(lms.failure(), true));
  lms = undefined;
} else restore(lms);

/** This learner's saved progress into this browser's store. */
function restore(lms: Lms) {
  const learner = lms.get(el.learner);
  if (learner && storage) {
    try {
      const mark = shortId(learner);
      const previous = storage.getItem(LEARNER_KEY);
      // Another learner used this browser: their progress is theirs, not to be reported as this one's.
      if (previous !== null && previous !== mark) store.reset();
      storage.setItem(LEARNER_KEY, mark);
    } catch {
      // Storage refused: nothing of anyone else's can be in it either.
    }
  }
  const saved = lms.get(el.suspend);
  if (!saved) return;
  const decoded = decodeSuspend(saved, course, { root });
  if (decoded.ok) store.update((state) => combine(state, decoded.value.state));
  else if (decoded.newer) {
    // A newer version of the course wrote it: this copy never overwrites what it cannot read.
    suspendReadOnly = true;
    showNotice(notice, `${decoded.error} Your progress is kept in this browser.`);
  } else showNotice(notice, decoded.error); // unreadable: replaced by this browser's progress at the next report
}

/** Tells the LMS what changed since the last report. */
function report(): void {
  if (!lms || finished) return;
  const state = store.read();
  const values = cmiValues(outcomeOf(state, course), version);
  if (!suspendReadOnly) values.push([el.suspend, encodeSuspend(state, course, { limit: SUSPEND_LIMIT[version], root })]);
  const path = state.p && pagePath(state.p[0], root, course);
  if (path !== undefined) values.push([el.location, path]);
  let changed = false;
  for (const [element, value] of values) {
    if (written.get(element) === value) continue;
    if (!lms.set(element, value)) return failed();
    written.set(element, value);
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
  report();
  const outcome = outcomeOf(store.read(), course);
  const elapsed = Date.now() - started;
  lms.set(el.sessionTime, version === '1.2' ? scorm12Time(elapsed) : scorm2004Time(elapsed));
  lms.set(el.exit, exitValue(outcome, version));
  lms.commit();
  lms.finish();
  finished = true;
}

addEventListener('storage', (e) => {
  if (e.key === null || e.key === PROGRESS_KEY) schedule();
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
  const last = store.read().p;
  const start = (last && pagePath(last[0], root, course)) ?? '';
  frame.src = `${start}index.html`;
}
report();
