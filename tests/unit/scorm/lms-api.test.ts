import { describe, expect, it } from 'vitest';
import { connect, findApi } from '../../../src/scorm/lms-api';

type Win = { parent: Win; opener?: Win | null } & Record<string, unknown>;
function win(props: Record<string, unknown> = {}, parent?: Win): Win {
  const w = { ...props } as Win;
  w.parent = parent ?? w;
  return w;
}
/** A window of another origin: reading anything on it throws. */
function foreign(parent?: Win): Win {
  const w = win({}, parent);
  return new Proxy(w, { get: (target, key) => (key === 'parent' ? target.parent : (() => { throw new DOMException('Blocked', 'SecurityError'); })()) }) as Win;
}

describe('finding the LMS API', () => {
  it('looks at this window, then up its parents', () => {
    const api = { LMSInitialize: () => 'true' };
    const top = win({ API: api });
    const course = win({}, win({}, top));
    expect(findApi(course, '1.2')).toBe(api);
    expect(findApi(course, '2004')).toBeUndefined();
  });

  it('passes over windows of another origin, then tries the opener and its parents', () => {
    const api = { Initialize: () => 'true' };
    const lms = win({ API_1484_11: api });
    const popup = win({}, foreign(foreign()));
    popup.opener = win({}, lms);
    expect(findApi(popup, '2004')).toBe(api);
  });

  it('finds nothing outside an LMS, without throwing', () => {
    expect(findApi(win(), '1.2')).toBeUndefined();
    expect(findApi(foreign(), '2004')).toBeUndefined();
  });
});

describe('calling it', () => {
  it('turns "false", error codes and exceptions into failures to show', () => {
    let error = '0';
    const api = {
      Initialize: () => 'true',
      SetValue: (_e: string, v: string) => (v === 'bad' ? ((error = '406'), 'false') : ((error = '0'), 'true')),
      GetValue: () => 'stored',
      Commit: () => {
        throw new Error('network down');
      },
      Terminate: () => true,
      GetLastError: () => error,
      GetErrorString: (code: string) => (code === '406' ? 'Data Model Element Type Mismatch' : 'No Error'),
    };
    const lms = connect(api, '2004');
    expect(lms.initialize()).toBe(true);
    expect(lms.set('cmi.location', 'bad')).toBe(false);
    expect(lms.failure()).toEqual({ call: 'SetValue cmi.location', code: '406', message: 'Data Model Element Type Mismatch' });
    expect(lms.set('cmi.location', 'good')).toBe(true);
    expect(lms.failure()).toBeUndefined();
    expect(lms.commit()).toBe(false);
    expect(lms.failure()).toMatchObject({ call: 'Commit', message: 'network down' });
    expect(lms.get('cmi.suspend_data')).toBe('stored');
    expect(lms.finish()).toBe(true);
  });

  it('speaks SCORM 1.2 names to a 1.2 API', () => {
    const calls: string[] = [];
    const api = Object.fromEntries(
      ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'].map((name) => [
        name,
        (...args: unknown[]) => (calls.push(`${name}(${args.join(',')})`), name === 'LMSGetValue' ? '' : name === 'LMSGetLastError' ? '0' : 'true'),
      ]),
    );
    const lms = connect(api, '1.2');
    lms.initialize();
    lms.set('cmi.core.lesson_status', 'incomplete');
    lms.get('cmi.suspend_data');
    lms.commit();
    lms.finish();
    expect(calls).toEqual(['LMSInitialize()', 'LMSSetValue(cmi.core.lesson_status,incomplete)', 'LMSGetValue(cmi.suspend_data)', 'LMSCommit()', 'LMSFinish()']);
  });
});
