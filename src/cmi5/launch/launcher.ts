/**
 * The cmi5 launch page (cmi5-launch.html, the package's one AU, written by
 * scripts/cmi5/build.mjs). Like the SCORM launch page it holds the session
 * and shows the course pages in a frame; they find it as their host
 * (scorm/host.ts, scorm/bridge.ts) and keep progress in the view of storage
 * it lends them. In order (cmi5 §8, §9, §10):
 *
 * 1. reads the launch parameters, gets the token from the fetch URL once
 *    (kept for this tab, so a reload does not ask the single-use URL again);
 * 2. reads LMS.LaunchData (session id, launch mode, moveOn, mastery score) and
 *    the course's own record in the State API, merged with this browser's,
 *    and the learner's preferences (§11: sound off, and the drill speaks no line);
 * 3. queues initialized, behind anything a closed page left unsent;
 * 4. as progress changes: answered for each new question attempt, completed
 *    and passed when due (judge.ts), the record saved to the State API;
 * 5. on leaving (the page closing, or Exit): failed when due, terminated, and
 *    the queue sent in one request that outlives the page; what does not
 *    arrive goes next launch. Exit then goes to the LMS's returnURL (§10), or,
 *    without one, closes the course and says the window can be closed.
 *
 * Without a cmi5 launch, or when the LMS refuses, a calm notice says so and
 * the course works as it does on the site, with progress in this browser.
 */
import { combine } from '../../progress/merge';
import { PROGRESS_KEY } from '../../progress/state';
import type { StorageLike } from '../../progress/store';
import { openProgress } from '../../progress/store';
import { strictCodec } from '../../progress/strict-codec';
import { activityStorage, overlayStorage } from '../../scorm/activity-storage';
import type { ScormCourse } from '../../scorm/course-map';
import type { ScormHost } from '../../scorm/host';
import { HOST_KEY, launchStorage } from '../../scorm/host';
import { showNotice } from '../../scorm/launch/notice';
import { pagePath } from '../../scorm/suspend-codec';
import type { Verdicts } from '../judge';
import { dueNow, failedAtEnd, moveOnMet, newAnswers } from '../judge';
import { readLaunchData, readLaunchParams, returnTo, type LaunchData, type LaunchParams } from '../launch-params';
import { LEARNER_PREFERENCES, soundPreference } from '../learner-preferences';
import { connectLrs, tokenOnce, type Lrs } from '../lrs';
import { openQueue, type SendQueue } from '../queue';
import { LAUNCH_DATA_STATE_ID, RECORD_STATE_ID, joinVerdicts, readRecord, readVerdicts } from '../record';
import * as make from '../statements';
import { uuid } from '../uuid';
import { NOTICES } from './notices';

const SAVE_EVERY_MS = 3000;
const course = JSON.parse(document.getElementById('cmi5-course')?.textContent ?? '{}') as ScormCourse;
const root = new URL('./', location.href).pathname;
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-course-frame]');
const notice = document.querySelector<HTMLElement>('[data-lms-notice]');
const exitBar = document.querySelector<HTMLElement>('[data-exit]');

const browserStorage = launchStorage(() => schedule());
let pageStorage: StorageLike = activityStorage(browserStorage, root, () => schedule());
/** Reads what the course pages keep; it parses again only when the stored text has changed. */
let store = openProgress(pageStorage, strictCodec);
/** The course pages' storage and the store over it change together (a registration's own view; browse's copy). */
function useStorage(next: StorageLike) {
  pageStorage = next;
  store = openProgress(next, strictCodec);
}
const host: ScormHost = {
  get storage() {
    return pageStorage;
  },
  changed: () => schedule(),
  get sound() {
    return sound;
  },
};
Object.defineProperty(window, HOST_KEY, { value: host });

interface Live {
  params: LaunchParams;
  launchData: LaunchData;
  lrs: Lrs;
  queue: SendQueue;
  verdicts: Verdicts;
  verdictsKey: string;
}
let live: Live | undefined;
let sound: 'on' | 'off' | undefined;
const started = Date.now();
let answeredUpTo = started;
let judgedThisSession = false;
let finished = false;
let pending = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let lastSaved = '';

async function start(): Promise<void> {
  const params = readLaunchParams(location.search);
  if (!params.ok) return showNotice(notice, params.error);
  const got = await tokenOnce(params.value.fetch);
  if (!got.ok) return showNotice(notice, got.error);
  const lrs = connectLrs(params.value, got.token);
  // The three reads at once: one round trip before the course opens, not three. An LRS without the
  // Agent Profile API leaves the sound as the course has it (on).
  let launchData, saved;
  try {
    const [data, record, preferences] = await Promise.all([
      lrs.getState(LAUNCH_DATA_STATE_ID),
      lrs.getState(RECORD_STATE_ID),
      lrs.getAgentProfile(LEARNER_PREFERENCES).catch(() => undefined),
    ]);
    launchData = readLaunchData(data);
    saved = readRecord(record);
    sound = soundPreference(preferences);
  } catch {
    return showNotice(notice, NOTICES.unreachable);
  }
  if (!launchData.ok) return showNotice(notice, launchData.error);

  // This registration's own view of the browser's storage: another enrolment starts from its own record.
  const registration = params.value.registration;
  useStorage(activityStorage(browserStorage, `${root}|${registration}`, () => schedule()));
  const state = saved.progress ? combine(store.read(), saved.progress) : store.read();
  if (launchData.value.launchMode === 'Normal') store.update(() => state);
  else {
    useStorage(overlayStorage(pageStorage, { [PROGRESS_KEY]: JSON.stringify(state) }));
    showNotice(notice, NOTICES.browse);
  }

  const verdictsKey = `warm-open:cmi5-sent:${registration}`;
  const queue = openQueue({
    storage: browserStorage,
    key: `warm-open:cmi5-queue:${registration}`,
    send: (statement) => lrs.putStatement(statement),
    wait: (ms, wake) => {
      const timer = setTimeout(wake, ms);
      return () => clearTimeout(timer);
    },
    onStatus: (s) => queueNotice(s.failing, s.waiting),
  });
  live = { params: params.value, launchData: launchData.value, lrs, queue, verdictsKey, verdicts: joinVerdicts(saved.verdicts, readVerdicts(browserStorage.getItem(verdictsKey))) };
  queue.add([make.initialized(live, made())]);
  addEventListener('online', () => void queue.retryNow());
  if (exitBar) exitBar.hidden = false;
  report();
}

let wasFailing = false;
function queueNotice(failing: boolean, waiting: number) {
  if (failing && !wasFailing) showNotice(notice, NOTICES.offline);
  if (!failing && wasFailing && waiting === 0) showNotice(notice, NOTICES.back);
  wasFailing = failing;
}

const made = (): make.Made => ({ id: uuid(), at: Date.now() });

function keepVerdicts(l: Live, change: Partial<Verdicts>) {
  const before = moveOnMet(l.launchData.moveOn, l.verdicts);
  l.verdicts = { ...l.verdicts, ...change };
  try {
    browserStorage.setItem(l.verdictsKey, JSON.stringify(l.verdicts));
  } catch {
    // The State API record carries them too.
  }
  if (!before && moveOnMet(l.launchData.moveOn, l.verdicts)) showNotice(notice, NOTICES.done);
}

/** Statements for what changed since the last report; the record saved soon after. */
function report() {
  const l = live;
  if (!l || finished) return;
  const state = store.read();
  const out: make.Statement[] = [];
  for (const a of newAnswers(state, answeredUpTo)) {
    out.push(make.answered(l, made(), a));
    answeredUpTo = Math.max(answeredUpTo, a.at);
  }
  const due = dueNow(state, course, l.launchData, l.verdicts);
  if (due.completed) out.push(make.completed(l, made(), Date.now() - started));
  if (due.passed) out.push(make.judged(l, made(), 'passed', due.passed, Date.now() - started));
  if (due.completed || due.passed) keepVerdicts(l, { ...(due.completed ? { completed: true } : {}), ...(due.passed ? { passed: true } : {}) });
  if (due.passed) judgedThisSession = true;
  if (out.length) l.queue.add(out);
  saveSoon(l);
}

function recordNow(l: Live) {
  return { progress: store.read(), verdicts: l.verdicts };
}

function saveSoon(l: Live) {
  if (l.launchData.launchMode !== 'Normal') return;
  saveTimer ??= setTimeout(() => {
    saveTimer = undefined;
    const record = recordNow(l);
    const text = JSON.stringify(record);
    if (text !== lastSaved) void l.lrs.putState(RECORD_STATE_ID, record).then((ok) => ok && (lastSaved = text));
  }, SAVE_EVERY_MS);
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
  const l = live;
  if (!l || finished) return;
  report();
  const state = store.read();
  const failed = failedAtEnd(state, course, l.launchData, l.verdicts, judgedThisSession, started);
  const last = [...(failed ? [make.judged(l, made(), 'failed', failed, Date.now() - started)] : []), make.terminated(l, made(), Date.now() - started)];
  finished = true;
  clearTimeout(saveTimer);
  l.queue.add(last);
  // Everything still waiting, in one request that outlives the page; the queue keeps it all until the LRS says so.
  l.lrs.postStatements(l.queue.pending());
  if (l.launchData.launchMode === 'Normal') void l.lrs.putState(RECORD_STATE_ID, recordNow(l), true);
}

/** Ends the session, then leaves for the LMS's returnURL; without one, nothing is left to record, so the course closes. */
function exit() {
  const l = live;
  if (!l) return;
  finish();
  const to = returnTo(l.launchData.returnURL, location.href);
  if (to) return location.assign(to);
  frame?.remove();
  if (exitBar) exitBar.hidden = true;
  showNotice(notice, NOTICES.exited);
}

exitBar?.querySelector('button')?.addEventListener('click', exit);
addEventListener('pagehide', finish);
addEventListener('storage', () => schedule());

void start().finally(() => {
  if (!frame) return;
  const last = store.read().lastPage;
  frame.src = `${(last && pagePath(last.url, root, course)) ?? ''}index.html`;
});
