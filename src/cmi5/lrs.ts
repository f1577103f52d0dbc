/**
 * The few LRS requests the course makes, with fetch: no client library (the
 * @xapi/cmi5 package bundles to about 23 KB brotli with axios; these requests
 * need a few hundred bytes). Every request names xAPI 1.0.3 and carries the
 * token from the LMS's fetch URL (§8.2).
 */
import type { LaunchParams } from './launch-params';
import { resource } from './launch-params';
import type { SendResult } from './queue';
import type { Statement } from './statements';

export const XAPI_VERSION = '1.0.3';

/** Why there is no token: the LMS's error (§8.2.3), or the request failed. */
export type TokenResult = { ok: true; token: string } | { ok: false; error: string };

/** POSTs to the fetch URL (once per launch: it is single-use, §8.2.3) for the auth token. */
export async function fetchToken(url: string): Promise<TokenResult> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { Accept: 'application/json' } });
    const body = (await response.json()) as Record<string, unknown>;
    const token = body['auth-token'];
    if (typeof token === 'string' && token) return { ok: true, token };
    const said = typeof body['error-text'] === 'string' ? ` (it said: “${body['error-text']}”)` : '';
    return { ok: false, error: `The learning system did not let this course record your visit${said}.` };
  } catch {
    return { ok: false, error: 'The learning system could not be reached to start recording this visit.' };
  }
}

/** Session storage, or nothing where the browser refuses it (the token is then asked for once per page). */
function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The token for this launch: asked for once, then kept for the tab, so a reload does not ask the single-use URL again. */
export async function tokenOnce(fetchUrl: string): Promise<TokenResult> {
  const key = `warm-open:cmi5-token@${fetchUrl}`;
  const kept = tabStorage()?.getItem(key);
  if (kept) return { ok: true, token: kept };
  const got = await fetchToken(fetchUrl);
  try {
    if (got.ok) tabStorage()?.setItem(key, got.token);
  } catch {
    // Not kept: a reload of this tab cannot reuse it.
  }
  return got;
}

export interface Lrs {
  getState(stateId: string): Promise<unknown>;
  /** The learner's document in the Agent Profile API (cmi5 §11: cmi5LearnerPreferences); undefined when there is none. */
  getAgentProfile(profileId: string): Promise<unknown>;
  putState(stateId: string, value: unknown, keepalive?: boolean): Promise<boolean>;
  putStatement(statement: Statement): Promise<SendResult>;
  /** The whole queue in one request as the page closes (keepalive); ordered, and harmless if some were sent. */
  postStatements(statements: readonly Statement[]): void;
}

/** 401 (token refused for now), 408, 429 and server errors are worth another try; other 4xx are final. */
export const resultOf = (status: number): SendResult =>
  status >= 200 && status < 300 || status === 409 ? 'sent' : status === 401 || status === 408 || status === 429 || status >= 500 ? 'retry' : 'refused';

export function connectLrs(params: LaunchParams, token: string): Lrs {
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION };
  const json = { ...headers, 'Content-Type': 'application/json' };
  const stateUrl = (stateId: string) =>
    `${resource(params.endpoint, 'activities/state')}?${new URLSearchParams({
      activityId: params.activityId,
      agent: JSON.stringify(params.actor),
      registration: params.registration,
      stateId,
    })}`;
  const read = async (url: string) => {
    const response = await fetch(url, { headers });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`LRS ${response.status}`);
    return response.json();
  };
  return {
    getState: (stateId) => read(stateUrl(stateId)),
    getAgentProfile: (profileId) => read(`${resource(params.endpoint, 'agents/profile')}?${new URLSearchParams({ agent: JSON.stringify(params.actor), profileId })}`),
    async putState(stateId, value, keepalive = false) {
      try {
        return (await fetch(stateUrl(stateId), { method: 'PUT', headers: json, body: JSON.stringify(value), keepalive })).ok;
      } catch {
        return false;
      }
    },
    async putStatement(statement) {
      const url = `${resource(params.endpoint, 'statements')}?${new URLSearchParams({ statementId: statement.id })}`;
      const response = await fetch(url, { method: 'PUT', headers: json, body: JSON.stringify(statement) });
      return resultOf(response.status);
    },
    postStatements(statements) {
      if (!statements.length) return;
      fetch(resource(params.endpoint, 'statements'), { method: 'POST', headers: json, body: JSON.stringify(statements), keepalive: true }).catch(() => {
        // Still in the queue: the next launch sends them.
      });
    },
  };
}
