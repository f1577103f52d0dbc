// The fake LMS's rules (tests/e2e/cmi5-harness/rules.ts) catch what they are there to catch: the e2e
// spec's "no violations" means something only if a broken session would show some.
import { describe, expect, it } from 'vitest';
import { check, type LaunchRecord, type RegistrationRecord } from '../../e2e/cmi5-harness/rules';
import { answered, completed, initialized, judged, terminated, type Statement } from '../../../src/cmi5/statements';
import { uuid } from '../../../src/cmi5/uuid';
import { session } from './session';

const s = session();
const made = () => ({ id: uuid(), at: Date.now() });
const score = (scaled: number) => ({ scaled, raw: scaled * 10, max: 10 });

function run(statements: Statement[], over: Partial<LaunchRecord> = {}) {
  const launches = new Map([['session-1', { registration: s.params.registration, sessionId: 'session-1', launchMode: 'Normal', masteryScore: 0.8, verbs: [], terminated: false, ...over } as LaunchRecord]]);
  const registrations = new Map<string, RegistrationRecord>();
  return statements.flatMap((x) => check(x as unknown as Record<string, unknown>, launches, registrations)).map((v) => v.requirement);
}

describe('the fake LMS’s cmi5 rules', () => {
  it('a proper session breaks none', () => {
    expect(run([initialized(s, made()), answered(s, made(), { id: 'q', earned: 1, total: 1, response: {} }), completed(s, made(), 1), judged(s, made(), 'passed', score(0.9), 1), terminated(s, made(), 2)])).toEqual([]);
  });

  it('names the requirement each broken rule comes from', () => {
    expect(run([completed(s, made(), 1)])).toEqual(['9.3.2.0-2']);
    expect(run([initialized(s, made()), initialized(s, made())])).toEqual(['9.3.2.0-3']);
    expect(run([initialized(s, made()), terminated(s, made(), 1), answered(s, made(), { id: 'q', earned: 0, total: 1, response: {} })])).toEqual(['9.3.8.0-2']);
    expect(run([initialized(s, made()), completed(s, made(), 1), completed(s, made(), 1)])).toEqual(['9.3.0.0-6']);
    expect(run([initialized(s, made()), judged(s, made(), 'failed', score(0.5), 1), judged(s, made(), 'passed', score(0.9), 1)])).toEqual(['9.3.0.0-3']);
    expect(run([initialized(s, made()), judged(s, made(), 'passed', score(0.7), 1)])).toEqual(['9.3.4.0-2']);
    expect(run([initialized(s, made()), judged(s, made(), 'failed', score(0.8), 1)])).toEqual(['9.3.5.0-2']);
    expect(run([initialized(s, made()), completed(s, made(), 1)], { launchMode: 'Review' })).toEqual(['10.2.2.0-3 (d)']);
    const noDuration = terminated(s, made(), 1);
    delete noDuration.result;
    expect(run([initialized(s, made()), noDuration])).toEqual(['9.5.4.1-1']);
    const invalid = { ...initialized(s, made()), verb: { id: 'not an iri', display: { 'en-US': 'x' } } };
    expect(run([invalid])).toContain('4.1.0.0-1');
  });
});
