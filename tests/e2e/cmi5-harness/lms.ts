// A fake cmi5 LMS with its LRS, for the cmi5 e2e spec (started by the spec
// itself, on 127.0.0.1, port CMI5_LRS_PORT, default 4451):
//
//   http://localhost:<port>/au/…         the files of cmi5/warm-open-cmi5.zip (npm run build:scorm),
//                                         read from the zip; the AU's URL comes from its cmi5.xml
//   http://127.0.0.1:<port>/fetch/<key>  the one-time fetch URL: a token once, an error after (§8.2)
//   http://127.0.0.1:<port>/xapi/statements         PUT ?statementId= and POST (one or a batch)
//   http://127.0.0.1:<port>/xapi/activities/state   GET and PUT, LMS.LaunchData among them
//   http://127.0.0.1:<port>/xapi/agents/profile     GET cmi5LearnerPreferences, when the launch gave an audioPreference
//
// The AU (localhost) and the LRS (127.0.0.1) are different origins, as an LMS
// and its LRS often are, so the course's requests go through CORS. Every
// statement is validated and held to the cmi5 rules (rules.ts); a statement
// id already stored is not stored again (xAPI: PUT with an id is idempotent).
// `offline` drops every LRS connection, as an LRS out of reach does.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import { check, type LaunchRecord, type RegistrationRecord, type Violation } from './rules';

export const CMI5_LRS_PORT = Number(process.env['CMI5_LRS_PORT'] ?? 4451);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
};

export interface Stored {
  statement: Record<string, unknown> & { id: string };
  at: number;
}

export interface LaunchOptions {
  registration?: string;
  launchMode?: LaunchRecord['launchMode'];
  masteryScore?: number;
  learner?: string;
  /** The learner's cmi5LearnerPreferences audioPreference in the Agent Profile API; none when left out. */
  audioPreference?: 'on' | 'off';
  /** LMS.LaunchData's returnURL, where Exit must send the window (a path on this server is resolved against it). */
  returnURL?: string;
}

export class FakeCmi5Lms {
  stored: Stored[] = [];
  violations: Violation[] = [];
  /** Statements sent again with an id already stored (harmless: stored once). */
  resent: string[] = [];
  offline = false;
  private server: Server | undefined;
  private files: Record<string, Uint8Array>;
  private launches = new Map<string, LaunchRecord>();
  /** cmi5LearnerPreferences by session id (the Agent Profile API's document for that launch's learner). */
  private preferences = new Map<string, string>();
  private registrations = new Map<string, RegistrationRecord>();
  private tokens = new Map<string, string>();
  private fetchKeys = new Map<string, { token: string; used: boolean }>();
  private state = new Map<string, string>();
  readonly auUrl: string;

  constructor(
    zip: Uint8Array,
    private readonly port = CMI5_LRS_PORT,
  ) {
    this.files = unzipSync(zip);
    const xml = new TextDecoder().decode(this.files['cmi5.xml']);
    const url = /<url>([^<]+)<\/url>/.exec(xml)?.[1];
    if (!url || /^[a-z]+:|^\//i.test(url)) throw new Error(`cmi5.xml: the AU URL must be relative, got ${url}`);
    this.auUrl = url;
  }

  static fromFile(path: string) {
    return new FakeCmi5Lms(new Uint8Array(readFileSync(path)));
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    return new Promise((resolve) => this.server?.listen(this.port, '127.0.0.1', () => resolve()));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get base() {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo | null)?.port ?? this.port}`;
  }

  /** Registers a launch as an LMS does (session id, LMS.LaunchData, a fetch URL) and returns the AU's launch URL. */
  launch(o: LaunchOptions = {}): { url: string; registration: string; sessionId: string } {
    const registration = o.registration ?? randomUUID();
    const sessionId = randomUUID();
    const actor = { objectType: 'Agent', name: 'Sam Rep', account: { homePage: 'https://lms.example', name: o.learner ?? 'sam' } };
    const activityId = 'https://lms.example/activities/warm-open/au';
    const launchMode = o.launchMode ?? 'Normal';
    this.launches.set(sessionId, {
      registration,
      sessionId,
      launchMode,
      ...(o.masteryScore === undefined ? {} : { masteryScore: o.masteryScore }),
      verbs: [],
      terminated: false,
    });
    if (o.audioPreference) this.preferences.set(sessionId, JSON.stringify({ languagePreference: 'en-US', audioPreference: o.audioPreference }));
    const launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/courses/warm-open' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      },
      launchMode,
      moveOn: 'Passed',
      ...(o.masteryScore === undefined ? {} : { masteryScore: o.masteryScore }),
      ...(o.returnURL === undefined ? {} : { returnURL: o.returnURL.startsWith('/') ? `${this.base}${o.returnURL}` : o.returnURL }),
    };
    this.state.set(this.stateKey(activityId, JSON.stringify(actor), registration, 'LMS.LaunchData'), JSON.stringify(launchData));
    const key = randomUUID();
    const token = Buffer.from(`${sessionId}:${randomUUID()}`).toString('base64');
    this.fetchKeys.set(key, { token, used: false });
    this.tokens.set(token, sessionId);
    const query = new URLSearchParams({
      endpoint: `${this.base}/xapi/`,
      fetch: `${this.base}/fetch/${key}`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    });
    // The AU from localhost, the LRS from 127.0.0.1: two origins.
    return { url: `${this.base.replace('127.0.0.1', 'localhost')}/au/${this.auUrl}?${query}`, registration, sessionId };
  }

  /** The statements of a registration, in the order the LRS stored them. */
  statementsOf(registration: string) {
    return this.stored.filter((s) => (s.statement['context'] as { registration?: string } | undefined)?.registration === registration).map((s) => s.statement);
  }

  private stateKey(activityId: string, agent: string, registration: string, stateId: string) {
    let who = agent;
    try {
      who = JSON.stringify((JSON.parse(agent) as { account?: unknown }).account);
    } catch {
      // compared as given
    }
    return [activityId, who, registration, stateId].join('|');
  }

  private store(raw: unknown, res: ServerResponse) {
    const list = (Array.isArray(raw) ? raw : [raw]) as Stored['statement'][];
    for (const statement of list) {
      const known = this.stored.find((s) => s.statement.id === statement.id);
      if (known) {
        this.resent.push(statement.id);
        if (JSON.stringify(known.statement) !== JSON.stringify(statement)) return this.send(res, 409, 'statement id conflicts');
        continue;
      }
      this.violations.push(...check(statement, this.launches, this.registrations));
      this.stored.push({ statement, at: Date.now() });
    }
    this.send(res, list.length === 1 && !Array.isArray(raw) ? 204 : 200, Array.isArray(raw) ? JSON.stringify(list.map((s) => s.id)) : '');
  }

  private send(res: ServerResponse, status: number, body = '', type = 'application/json') {
    res.writeHead(status, { ...CORS, 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.base);
    if (url.pathname.startsWith('/au/')) {
      const file = this.files[decodeURIComponent(url.pathname.slice(4))];
      if (!file) return this.send(res, 404, 'not found', 'text/plain');
      res.writeHead(200, { 'Content-Type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' });
      return res.end(file);
    }
    // The LMS's own page, where a returnURL leads.
    if (url.pathname.startsWith('/lms/')) return this.send(res, 200, '<!doctype html><title>Back in the LMS</title><h1>Back in the LMS</h1>', 'text/html');
    if (this.offline && (url.pathname.startsWith('/xapi/') || url.pathname.startsWith('/fetch/'))) return req.socket.destroy();
    if (req.method === 'OPTIONS') return this.send(res, 204);
    const body = await new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString('utf8')));
      req.on('end', () => resolve(text));
    });
    if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
      const key = this.fetchKeys.get(url.pathname.slice(7));
      if (!key) return this.send(res, 404, JSON.stringify({ 'error-code': '3', 'error-text': 'Unknown fetch URL' }));
      if (key.used) return this.send(res, 200, JSON.stringify({ 'error-code': '1', 'error-text': 'Already in use' }));
      key.used = true;
      return this.send(res, 200, JSON.stringify({ 'auth-token': key.token }));
    }
    const session = this.tokens.get((req.headers.authorization ?? '').replace(/^Basic /, ''));
    if (!session) return this.send(res, 401, 'no token');
    if (!req.headers['x-experience-api-version']) return this.send(res, 400, 'X-Experience-API-Version missing');
    if (url.pathname === '/xapi/agents/profile' && req.method === 'GET') {
      const kept = url.searchParams.get('profileId') === 'cmi5LearnerPreferences' ? this.preferences.get(session) : undefined;
      return kept ? this.send(res, 200, kept) : this.send(res, 404, '');
    }
    if (url.pathname === '/xapi/activities/state') {
      const p = url.searchParams;
      const key = this.stateKey(p.get('activityId') ?? '', p.get('agent') ?? '', p.get('registration') ?? '', p.get('stateId') ?? '');
      if (req.method === 'GET') return this.state.has(key) ? this.send(res, 200, this.state.get(key)) : this.send(res, 404, '');
      if (req.method === 'PUT') {
        if (p.get('stateId') === 'LMS.LaunchData') return this.send(res, 403, 'LMS.LaunchData is the LMS’s');
        this.state.set(key, body);
        return this.send(res, 204);
      }
    }
    if (url.pathname === '/xapi/statements') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return this.send(res, 400, 'not JSON');
      }
      if (req.method === 'PUT') {
        const id = url.searchParams.get('statementId');
        if (!id || (parsed as { id?: string }).id !== id) return this.send(res, 400, 'statementId must match the id');
        return this.store(parsed, res);
      }
      if (req.method === 'POST') return this.store(parsed, res);
    }
    this.send(res, 404, 'not found', 'text/plain');
  }
}
