// The cmi5 rules the fake LMS holds every statement from the course to, each
// keyed to its requirement id in @cmi5/requirements (an id missing from that
// list stops the harness, so a typo cannot pass silently), and xAPI validity
// (@learninglocker/xapi-validation: requirement 4.1.0.0-1, an AU conforms to xAPI).
import { createRequire } from 'node:module';

// Both are CommonJS: required, so the test runner's module interop cannot get in the way.
const require = createRequire(import.meta.url);
const requirements = require('@cmi5/requirements/requirements.json') as Record<string, { txt: string }>;
const validateStatement = (require('@learninglocker/xapi-validation') as { default: (statement: unknown) => object[] }).default;

export interface Violation {
  requirement: string;
  text: string;
  statement: string;
  detail?: string;
}

/** What the LMS knows about one launch (one AU session). */
export interface LaunchRecord {
  registration: string;
  sessionId: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  verbs: string[];
  terminated: boolean;
}

export interface RegistrationRecord {
  completed: number;
  passed: number;
}

const VERB = 'http://adlnet.gov/expapi/verbs/';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

type Json = Record<string, unknown>;
const obj = (x: unknown): Json => (typeof x === 'object' && x !== null ? (x as Json) : {});

export function requirement(id: string): string {
  const found = requirements[id];
  if (!found) throw new Error(`cmi5 harness: no requirement ${id} in @cmi5/requirements`);
  return found.txt;
}

/**
 * The violations one statement makes, given the launches and registrations so far;
 * updates them as an LMS tracks them (sessions, verdicts per registration).
 */
export function check(statement: Json, launches: Map<string, LaunchRecord>, registrations: Map<string, RegistrationRecord>): Violation[] {
  const out: Violation[] = [];
  const id = String(statement['id'] ?? '');
  const fail = (req: string, detail?: string) => out.push({ requirement: req, text: requirement(req), statement: id, ...(detail ? { detail } : {}) });

  for (const warning of validateStatement(statement))
    fail('4.1.0.0-1', `${warning.constructor.name} at ${JSON.stringify((warning as { path?: unknown }).path)}`);

  const verbId = String(obj(statement['verb'])['id'] ?? '');
  const verb = verbId.startsWith(VERB) ? verbId.slice(VERB.length) : verbId;
  const context = obj(statement['context']);
  const result = obj(statement['result']);
  const categories = ((obj(context['contextActivities'])['category'] as Json[] | undefined) ?? []).map((c) => c['id']);
  const sessionId = String(obj(context['extensions'])[SESSION] ?? '');
  const launch = launches.get(sessionId);
  if (!launch) {
    fail('9.6.3.1-4', `session id "${sessionId}" is not one the LMS gave`);
    return out;
  }
  if (context['registration'] !== launch.registration) fail('9.6.1.0-1');
  const reg = registrations.get(launch.registration) ?? { completed: 0, passed: 0 };
  registrations.set(launch.registration, reg);

  if (launch.terminated) fail('9.3.8.0-2', `${verb} after terminated`);
  if (launch.verbs.length === 0 && verb !== 'initialized') fail('9.3.2.0-2', `first statement was ${verb}`);
  if (verb === 'initialized' && launch.verbs.includes('initialized')) fail('9.3.2.0-3');

  const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(verb);
  if (defined !== categories.includes(CMI5)) fail('9.6.2.1-1', `${verb}: cmi5 category ${defined ? 'missing' : 'on an allowed statement'}`);
  const judged = verb === 'passed' || verb === 'failed';
  if ((verb === 'completed' || judged) !== categories.includes(MOVE_ON)) fail(categories.includes(MOVE_ON) ? '9.6.2.2-2' : '9.6.2.2-1', verb);
  if (defined && !judged && 'score' in result) fail('9.5.1.0-2', verb);
  if (defined && !judged && 'success' in result) fail('9.5.2.0-3', verb);
  if (defined && verb !== 'completed' && 'completion' in result) fail('9.5.3.0-2', verb);

  if (verb === 'completed') {
    if (result['completion'] !== true) fail('9.5.3.0-1');
    if (!result['duration']) fail('9.5.4.1-2');
    if (++reg.completed > 1) fail('9.3.0.0-6');
  }
  if (judged) {
    if (launch.verbs.some((v) => v === 'passed' || v === 'failed')) fail('9.3.0.0-3');
    if (!result['duration']) fail(verb === 'passed' ? '9.5.4.1-3' : '9.5.4.1-4');
    const scaled = obj(result['score'])['scaled'];
    const mastery = launch.masteryScore;
    if (mastery !== undefined && typeof scaled === 'number') {
      if (obj(context['extensions'])[MASTERY] !== mastery) fail('9.6.3.2-2');
      if (verb === 'passed' && scaled < mastery) fail('9.3.4.0-2', `${scaled} < ${mastery}`);
      if (verb === 'failed' && scaled >= mastery) fail('9.3.5.0-2', `${scaled} >= ${mastery}`);
    }
    if (launch.launchMode !== 'Normal') fail(launch.launchMode === 'Browse' ? '10.2.2.0-2 (d)' : '10.2.2.0-3 (d)');
  }
  if (verb === 'completed' && launch.launchMode !== 'Normal') fail(launch.launchMode === 'Browse' ? '10.2.2.0-2 (d)' : '10.2.2.0-3 (d)');
  if (verb === 'passed') {
    if (result['success'] !== true) fail('9.5.2.0-1');
    if (++reg.passed > 1) fail('9.3.0.0-7');
  }
  if (verb === 'failed') {
    if (result['success'] !== false) fail('9.5.2.0-2');
    if (reg.passed > 0) fail('9.3.0.0-8');
  }
  if (verb === 'terminated') {
    if (!result['duration']) fail('9.5.4.1-1');
    launch.terminated = true;
  }
  launch.verbs.push(verb);
  return out;
}
