/**
 * The xAPI statements the course sends, built to cmi5's rules (§9). Pure:
 * ids and times come in, so the same input always makes the same statement.
 *
 * "cmi5 defined" statements (initialized, completed, passed, failed,
 * terminated) carry the cmi5 category; those whose result says success or
 * completion also carry the moveOn category (§9.6.2.2). "answered" is a "cmi5
 * allowed" statement, one per question attempt, so an LRS shows what a rep
 * struggles with: it carries neither category. Every statement carries the
 * registration and the LMS's context template, session id included (§9.6.3.1).
 */
import type { Agent, LaunchData, LaunchParams } from './launch-params';

export const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
export type VerbName = keyof typeof VERB;

export const CATEGORY_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const CATEGORY_MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
/** The longest response text an answered statement carries. */
export const MAX_RESPONSE = 1000;

export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: { 'en-US': string } };
  object: { objectType: 'Activity'; id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context: Record<string, unknown> & { registration: string };
  timestamp: string;
}

/** Who, where and when: what every statement of a session shares. */
export interface Session {
  params: LaunchParams;
  launchData: LaunchData;
}

/** A new statement's id and time. */
export interface Made {
  id: string;
  at: number;
}

type Activity = { objectType: 'Activity'; id: string };
const activity = (id: string): Activity => ({ objectType: 'Activity', id });

function context(session: Session, categories: string[], extensions: Record<string, unknown> = {}) {
  // A copy of the template: nothing one statement adds shows up in the next.
  const template = structuredClone(session.launchData.contextTemplate) as Record<string, unknown> & {
    contextActivities?: Record<string, unknown>;
    extensions: Record<string, unknown>;
  };
  const activities = template.contextActivities ?? {};
  const given = Array.isArray(activities['category']) ? (activities['category'] as Activity[]) : [];
  const category = [...given, ...categories.filter((id) => !given.some((a) => a.id === id)).map(activity)];
  return {
    ...template,
    registration: session.params.registration,
    ...(category.length || template.contextActivities ? { contextActivities: { ...activities, ...(category.length ? { category } : {}) } } : {}),
    extensions: { ...template.extensions, ...extensions },
  };
}

function statement(session: Session, made: Made, verb: VerbName, rest: Pick<Statement, 'context'> & Partial<Statement>): Statement {
  return {
    id: made.id,
    actor: session.params.actor,
    verb: { id: VERB[verb], display: { 'en-US': verb } },
    object: activity(session.params.activityId),
    timestamp: new Date(made.at).toISOString(),
    ...rest,
  };
}

/** ISO 8601 duration ("PT1H2M3.4S") of a span in milliseconds, never negative. */
export function duration(ms: number): string {
  const cs = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  return `PT${h}H${m}M${(cs % 6000) / 100}S`;
}

export const initialized = (session: Session, made: Made): Statement =>
  statement(session, made, 'initialized', { context: context(session, [CATEGORY_CMI5]) });

/** Every lesson's practice done; `ms` since the session began. */
export const completed = (session: Session, made: Made, ms: number): Statement =>
  statement(session, made, 'completed', { result: { completion: true, duration: duration(ms) }, context: context(session, [CATEGORY_CMI5, CATEGORY_MOVE_ON]) });

/**
 * The final assessment judged: `scaled` is its best attempt's score (0 to 1).
 * The mastery score travels with it when the LMS set one (§9.6.3.2).
 */
export function judged(session: Session, made: Made, verb: 'passed' | 'failed', score: { scaled: number; raw: number; max: number }, ms: number): Statement {
  const mastery = session.launchData.masteryScore;
  return statement(session, made, verb, {
    result: { success: verb === 'passed', score: { scaled: score.scaled, raw: score.raw, min: 0, max: score.max }, duration: duration(ms) },
    context: context(session, [CATEGORY_CMI5, CATEGORY_MOVE_ON], mastery === undefined ? {} : { [MASTERY_EXTENSION]: mastery }),
  });
}

export const terminated = (session: Session, made: Made, ms: number): Statement =>
  statement(session, made, 'terminated', { result: { duration: duration(ms) }, context: context(session, [CATEGORY_CMI5]) });

/** One attempt at one question: its response (as the course stores it, naming option ids) and its points. */
export function answered(session: Session, made: Made, question: { id: string; earned: number; total: number; response: unknown }): Statement {
  const text = JSON.stringify(question.response) ?? '';
  const total = Math.max(0, question.total);
  const earned = Math.min(Math.max(0, question.earned), total);
  return statement(session, made, 'answered', {
    object: {
      objectType: 'Activity',
      id: `${session.params.activityId}/question/${encodeURIComponent(question.id)}`,
      definition: { type: INTERACTION, interactionType: 'other', name: { 'en-US': question.id } },
    },
    result: {
      response: text.length > MAX_RESPONSE ? `${text.slice(0, MAX_RESPONSE - 1)}…` : text,
      success: total > 0 && earned === total,
      ...(total > 0 ? { score: { raw: earned, min: 0, max: total, scaled: earned / total } } : {}),
    },
    context: context(session, []),
  });
}
