/**
 * Finding the LMS's SCORM API and calling it. The API is an object the LMS
 * puts on one of the windows around the course: `API` (SCORM 1.2) or
 * `API_1484_11` (SCORM 2004). The standard search (ADL's API discovery
 * algorithm) looks at this window and its parents up to the top, then at the
 * opener and its parents; windows of another origin are passed over.
 *
 * Every call is wrapped: an API that throws, answers "false" or sets an
 * error code becomes an LmsFailure the launch page shows in words, never an
 * exception. Values from the LMS are untrusted text.
 */
import type { ScormVersion } from './outcome';

interface Api12 {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}
interface Api2004 {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

/** What went wrong, for the notice: the call, and the LMS's own code and words when it gave them. */
export interface LmsFailure {
  call: string;
  code: string;
  message: string;
}

export interface Lms {
  version: ScormVersion;
  initialize(): boolean;
  /** A value, or "" when the LMS has none (a first launch has no suspend data: not a failure). */
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  /** Set by the last call that failed; cleared by the next that worked. */
  failure(): LmsFailure | undefined;
}

type Scope = { parent: Scope; opener?: Scope | null } & Record<string, unknown>;

const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;
/** The standard algorithm gives up after this many parents. */
const MAX_PARENTS = 500;

function lookIn(win: Scope, name: string): unknown {
  try {
    return win[name] ?? undefined;
  } catch {
    return undefined; // another origin's window
  }
}

function scan(start: Scope | null | undefined, name: string): unknown {
  let win = start;
  for (let i = 0; win && i <= MAX_PARENTS; i++) {
    const api = lookIn(win, name);
    if (api && typeof api === 'object') return api;
    let parent: Scope | undefined;
    try {
      parent = win.parent;
    } catch {
      parent = undefined;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return undefined;
}

/** The LMS's API object for a version: this window and its parents, then the opener's. */
export function findApi(win: Scope, version: ScormVersion): object | undefined {
  const name = API_NAME[version];
  const found = scan(win, name);
  if (found) return found as object;
  let opener: Scope | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  return (scan(opener, name) as object | undefined) ?? undefined;
}

const isTrue = (r: unknown) => r === true || String(r) === 'true';

/** A uniform face on either API. */
export function connect(api: object, version: ScormVersion): Lms {
  let failure: LmsFailure | undefined;
  const a12 = api as Api12;
  const a04 = api as Api2004;
  const lastError = (): string => {
    try {
      return String((version === '1.2' ? a12.LMSGetLastError() : a04.GetLastError()) ?? '0');
    } catch {
      return '0';
    }
  };
  const errorString = (code: string): string => {
    try {
      return String((version === '1.2' ? a12.LMSGetErrorString(code) : a04.GetErrorString(code)) ?? '').slice(0, 300);
    } catch {
      return '';
    }
  };
  function call(name: string, run: () => unknown): boolean {
    try {
      const result = run();
      if (isTrue(result)) {
        failure = undefined;
        return true;
      }
      const code = lastError();
      failure = { call: name, code, message: errorString(code) };
    } catch (e) {
      failure = { call: name, code: '', message: e instanceof Error ? e.message.slice(0, 300) : 'the call failed' };
    }
    return false;
  }
  return {
    version,
    initialize: () => call('Initialize', () => (version === '1.2' ? a12.LMSInitialize('') : a04.Initialize(''))),
    get(element) {
      try {
        const value = version === '1.2' ? a12.LMSGetValue(element) : a04.GetValue(element);
        return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
      } catch {
        return '';
      }
    },
    set: (element, value) => call(`SetValue ${element}`, () => (version === '1.2' ? a12.LMSSetValue(element, value) : a04.SetValue(element, value))),
    commit: () => call('Commit', () => (version === '1.2' ? a12.LMSCommit('') : a04.Commit(''))),
    finish: () => call('Terminate', () => (version === '1.2' ? a12.LMSFinish('') : a04.Terminate(''))),
    failure: () => failure,
  };
}
