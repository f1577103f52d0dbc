import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { SESSION_EXTENSION } from '../../../src/cmi5/launch-params';
import { CATEGORY_CMI5, CATEGORY_MOVE_ON, MASTERY_EXTENSION, MAX_RESPONSE, answered, completed, duration, initialized, judged, terminated } from '../../../src/cmi5/statements';
import { uuid } from '../../../src/cmi5/uuid';
import { params, session } from './session';

const made = () => ({ id: uuid(), at: Date.UTC(2026, 11, 3, 10) });
const categories = (s: { context: Record<string, unknown> }) =>
  ((s.context['contextActivities'] as { category?: { id: string }[] } | undefined)?.category ?? []).map((c) => c.id);

describe('cmi5 statements', () => {
  const s = session();
  const all = [
    initialized(s, made()),
    completed(s, made(), 65_000),
    judged(s, made(), 'passed', { scaled: 0.85, raw: 12.75, max: 15 }, 1000),
    judged(s, made(), 'failed', { scaled: 0.5, raw: 7.5, max: 15 }, 1000),
    answered(s, made(), { id: 'connect-first-why-pause', earned: 1, total: 2, response: { selected: ['b'] } }),
    terminated(s, made(), 3_723_400),
  ];

  it('are valid xAPI (the validator the test LRS uses)', () => {
    for (const statement of all) expect(validate(statement), statement.verb.display['en-US']).toEqual([]);
  });

  it('carry the registration, the session id and the context template in every statement', () => {
    for (const statement of all) {
      expect(statement.context.registration).toBe(params.registration);
      expect((statement.context['extensions'] as Record<string, unknown>)[SESSION_EXTENSION]).toBe('session-1');
      expect(statement.context['contextActivities']).toMatchObject({ grouping: [{ id: 'https://lms.example/course/1' }] });
      expect(statement.actor).toEqual(params.actor);
    }
  });

  it('cmi5 defined statements carry the cmi5 category; moveOn only with success or completion; answered neither', () => {
    expect(all.map(categories)).toEqual([
      [CATEGORY_CMI5],
      [CATEGORY_CMI5, CATEGORY_MOVE_ON],
      [CATEGORY_CMI5, CATEGORY_MOVE_ON],
      [CATEGORY_CMI5, CATEGORY_MOVE_ON],
      [],
      [CATEGORY_CMI5],
    ]);
  });

  it('results follow §9.5: completion on completed, success and score on passed/failed, duration where required', () => {
    const [init, done, pass, fail, , end] = all;
    expect(init?.result).toBeUndefined();
    expect(done?.result).toEqual({ completion: true, duration: 'PT0H1M5S' });
    expect(pass?.result).toEqual({ success: true, score: { scaled: 0.85, raw: 12.75, min: 0, max: 15 }, duration: 'PT0H0M1S' });
    expect(fail?.result).toMatchObject({ success: false, score: { scaled: 0.5 } });
    expect((pass?.context['extensions'] as Record<string, unknown>)[MASTERY_EXTENSION]).toBe(0.8);
    expect(end?.result).toEqual({ duration: 'PT1H2M3.4S' });
  });

  it('leaves the mastery score out when the LMS set none', () => {
    const pass = judged(session({ masteryScore: undefined }), made(), 'passed', { scaled: 0.9, raw: 9, max: 10 }, 0);
    expect(pass.context['extensions']).not.toHaveProperty(MASTERY_EXTENSION);
  });

  it('answered: an interaction per question with its response and points; a long response is cut', () => {
    const a = answered(s, made(), { id: 'q-1', earned: 3, total: 4, response: { text: 'x'.repeat(5000) } });
    expect(a.object).toMatchObject({ id: `${params.activityId}/question/q-1`, definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'other' } });
    expect(a.result).toMatchObject({ success: false, score: { raw: 3, min: 0, max: 4, scaled: 0.75 } });
    expect((a.result?.['response'] as string).length).toBe(MAX_RESPONSE);
    expect(validate(a)).toEqual([]);
  });

  it('does not let one statement change the template the next one starts from', () => {
    const before = JSON.stringify(s.launchData.contextTemplate);
    completed(s, made(), 0);
    expect(JSON.stringify(s.launchData.contextTemplate)).toBe(before);
  });

  it('durations are ISO 8601 and never negative', () => {
    expect(duration(0)).toBe('PT0H0M0S');
    expect(duration(-5)).toBe('PT0H0M0S');
    expect(duration(Number.NaN)).toBe('PT0H0M0S');
    expect(duration(90_061_230)).toBe('PT25H1M1.23S');
  });

  it('ids are version 4 UUIDs', () => {
    expect(uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid(() => new Uint8Array(16).fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
