import { describe, expect, it } from 'vitest';
import { readLaunchData, readLaunchParams, resource, sessionIdOf } from '../../../src/cmi5/launch-params';
import { launchData, launchQuery, params } from './session';

describe('cmi5 launch parameters', () => {
  it('reads the five parameters of a launch URL', () => {
    expect(readLaunchParams(launchQuery())).toEqual({ ok: true, value: params });
  });

  it('outside a cmi5 launch: says so, calmly', () => {
    const read = readLaunchParams('');
    expect(read).toEqual({ ok: false, error: expect.stringContaining('not opened by a cmi5 learning system') });
  });

  it('names what is missing or malformed, and never throws', () => {
    const missing = readLaunchParams(`?${new URLSearchParams({ endpoint: params.endpoint, fetch: params.fetch })}`);
    expect(missing.ok || missing.error).toContain('actor, registration, activityId');
    const bad = readLaunchParams(launchQuery({ actor: '{not json', registration: 'nope' }));
    expect(bad.ok || bad.error).toMatch(/actor, registration|registration, actor/);
    const script = readLaunchParams(launchQuery({ endpoint: 'javascript:alert(1)' }));
    expect(script.ok || script.error).toContain('endpoint');
    const mbox = readLaunchParams(launchQuery({ actor: JSON.stringify({ mbox: 'mailto:a@b.c' }) }));
    expect(mbox.ok).toBe(false);
  });

  it('reads LMS.LaunchData and its session id; refuses launch data without one', () => {
    const read = readLaunchData(launchData());
    expect(read.ok && sessionIdOf(read.value)).toBe('session-1');
    expect(readLaunchData({ ...launchData(), contextTemplate: {} }).ok).toBe(false);
    expect(readLaunchData({ ...launchData(), launchMode: 'Sideways' }).ok).toBe(false);
    expect(readLaunchData({ ...launchData(), masteryScore: 80 }).ok).toBe(false);
    expect(readLaunchData(null).ok).toBe(false);
  });

  it('joins LRS resources to the endpoint with one slash', () => {
    expect(resource('https://lrs.example/xapi/', 'statements')).toBe('https://lrs.example/xapi/statements');
    expect(resource('https://lrs.example/xapi', 'activities/state')).toBe('https://lrs.example/xapi/activities/state');
  });
});
