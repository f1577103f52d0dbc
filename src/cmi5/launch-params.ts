/**
 * What a cmi5 LMS hands the course when it launches it, read and checked.
 * Pure: no DOM, no requests (launch/launcher.ts makes those).
 *
 * - The launch URL's query (cmi5 §8.1): endpoint (the LRS), fetch (a one-time
 *   URL that gives the auth token), actor (JSON, an Agent with an account),
 *   registration (a UUID) and activityId (this AU's IRI).
 * - The LMS.LaunchData state document (§10) the LMS writes before the launch:
 *   the context template (with the session id every statement must carry),
 *   the launch mode, moveOn and, when the course sets one, the mastery score.
 *
 * Anything missing or malformed is refused with one calm sentence naming the
 * part, never thrown: the launch page shows it and the course still opens.
 */
import { z } from '../progress/zod';

export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const Iri = z.string().max(2000).regex(/^[a-z][a-z0-9+.-]*:\S+$/i);
const HttpUrl = z.string().max(2000).regex(/^https?:\/\/\S+$/i);

export const AgentSchema = z.object({
  objectType: z.literal('Agent').optional(),
  name: z.string().max(500).optional(),
  account: z.object({ homePage: HttpUrl, name: z.string().min(1).max(500) }),
});
export type Agent = z.infer<typeof AgentSchema>;

export const LaunchParamsSchema = z.object({
  endpoint: HttpUrl,
  fetch: HttpUrl,
  actor: AgentSchema,
  registration: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
  activityId: Iri,
});
export type LaunchParams = z.infer<typeof LaunchParamsSchema>;

const ContextTemplateSchema = z.looseObject({
  contextActivities: z.looseObject({}).optional(),
  extensions: z.looseObject({ [SESSION_EXTENSION]: z.string().min(1).max(500) }),
});

export const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof MOVE_ON)[number];

export const LaunchDataSchema = z.looseObject({
  contextTemplate: ContextTemplateSchema,
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.enum(MOVE_ON),
  masteryScore: z.number().min(0).max(1).optional(),
  returnURL: z.string().max(2000).optional(),
});
export type LaunchData = z.infer<typeof LaunchDataSchema>;

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** The launch parameters from a launch URL's query ("?endpoint=…&fetch=…"). */
export function readLaunchParams(search: string): Read<LaunchParams> {
  const query = new URLSearchParams(search);
  const missing = (['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const).filter((name) => !query.get(name));
  if (missing.length === 5) return { ok: false, error: 'This course was not opened by a cmi5 learning system, so this visit is not recorded.' };
  if (missing.length) return { ok: false, error: `The learning system left out ${missing.join(', ')} when it opened this course, so this visit is not recorded.` };
  let actor: unknown;
  try {
    actor = JSON.parse(query.get('actor') ?? '');
  } catch {
    actor = undefined;
  }
  const parsed = LaunchParamsSchema.safeParse({
    endpoint: query.get('endpoint'),
    fetch: query.get('fetch'),
    actor,
    registration: query.get('registration'),
    activityId: query.get('activityId'),
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'launch')))];
    return { ok: false, error: `The learning system sent ${fields.join(', ')} in a form this course cannot use, so this visit is not recorded.` };
  }
  return { ok: true, value: parsed.data };
}

/** LMS.LaunchData, as fetched from the State API (JSON text or already parsed). */
export function readLaunchData(data: unknown): Read<LaunchData> {
  const parsed = LaunchDataSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'The learning system’s launch data for this course could not be read, so this visit is not recorded.' };
  return { ok: true, value: parsed.data };
}

export const sessionIdOf = (data: LaunchData): string => data.contextTemplate.extensions[SESSION_EXTENSION];

/** The LRS resource under the endpoint ("statements", "activities/state"), whether or not it ends in "/". */
export const resource = (endpoint: string, name: string): string => `${endpoint.replace(/\/+$/, '')}/${name}`;

/**
 * Where Exit takes the learner: the LMS's returnURL (cmi5 §10: when it is given, the AU must send
 * the window there once the session is terminated), resolved against the launch page. Only an
 * http(s) address: anything else (a javascript: or data: URL above all) is no place to send a
 * learner, and Exit then stays on the page.
 */
export function returnTo(returnURL: string | undefined, launchPage: string): string | undefined {
  if (!returnURL?.trim()) return undefined;
  try {
    const url = new URL(returnURL.trim(), launchPage);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
