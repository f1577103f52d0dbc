/**
 * Session time as each SCORM version writes it. Pure.
 *
 * SCORM 1.2 (CMITimespan): HHHH:MM:SS.SS, hours 2 to 4 digits, so at most
 * 9999:59:59.99. SCORM 2004 (timeinterval (second,10,2)): an ISO 8601
 * duration, written here as PT<h>H<m>M<s>S with up to two decimals.
 */

/** Whole hundredths of a second, never negative. */
const hundredths = (ms: number) => Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 10));

function parts(ms: number, maxHours = Infinity) {
  let cs = hundredths(ms);
  const cap = maxHours * 360_000 + 359_999;
  if (cs > cap) cs = cap;
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return { h, m, s };
}

/** "0001:02:03.40" */
export function scorm12Time(ms: number): string {
  const { h, m, s } = parts(ms, 9999);
  const [whole, frac = '00'] = s.toFixed(2).split('.');
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${(whole ?? '0').padStart(2, '0')}.${frac}`;
}

/** "PT1H2M3.4S" */
export function scorm2004Time(ms: number): string {
  const { h, m, s } = parts(ms);
  return `PT${h}H${m}M${Number(s.toFixed(2))}S`;
}
