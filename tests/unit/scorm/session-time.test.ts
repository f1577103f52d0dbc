import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorm12Time, scorm2004Time } from '../../../src/scorm/session-time';

describe('session time', () => {
  it('SCORM 1.2: HHHH:MM:SS.SS', () => {
    expect(scorm12Time(0)).toBe('0000:00:00.00');
    expect(scorm12Time(3_723_456)).toBe('0001:02:03.45');
    expect(scorm12Time(-5)).toBe('0000:00:00.00');
    expect(scorm12Time(Number.NaN)).toBe('0000:00:00.00');
    expect(scorm12Time(1e15)).toBe('9999:59:59.99');
  });

  it('SCORM 2004: an ISO 8601 duration', () => {
    expect(scorm2004Time(0)).toBe('PT0H0M0S');
    expect(scorm2004Time(3_723_456)).toBe('PT1H2M3.45S');
    expect(scorm2004Time(90_000)).toBe('PT0H1M30S');
  });

  it("always writes the form each version requires, and the same time in both (below 1.2's 9,999 hours)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 3.5e10, noNaN: true }), (ms) => {
        const a = scorm12Time(ms);
        const b = scorm2004Time(ms);
        expect(a).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
        expect(b).toMatch(/^PT\d+H[0-5]?\dM[0-5]?\d(\.\d{1,2})?S$/);
        const [h, m, s] = a.split(':').map(Number) as [number, number, number];
        const [, H, M, S] = /^PT(\d+)H(\d+)M([\d.]+)S$/.exec(b)!.map(Number) as [number, number, number, number];
        expect(h * 3600 + m * 60 + s).toBeCloseTo(H * 3600 + M * 60 + S, 2);
      }),
    );
  });
});
