import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLaunchData, readLaunchParams, resource, returnTo, sessionIdOf } from '../../../src/cmi5/launch-params';
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

describe('where Exit returns the learner', () => {
  const page = 'https://content.example/warm-open/cmi5-launch.html?endpoint=x';
  it('goes to the LMS’s returnURL, relative ones resolved against the launch page', () => {
    expect(returnTo('https://lms.example/mod/view.php?id=12', page)).toBe('https://lms.example/mod/view.php?id=12');
    expect(returnTo(' http://lms.example/back ', page)).toBe('http://lms.example/back');
    expect(returnTo('/lms/back', page)).toBe('https://content.example/lms/back');
  });

  it('stays on the page without one, or for anything but an http(s) address', () => {
    for (const url of [undefined, '', '   ', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'http://[::1'])
      expect(returnTo(url, page), String(url)).toBeUndefined();
  });

  it('never returns anything but an http(s) URL, whatever the LMS sends', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (url) => {
        const to = returnTo(url, page);
        return to === undefined || /^https?:\/\//.test(to);
      }),
    );
  });
});
