/**
 * What counts as a believable value in data that a learner or a file could
 * have edited: times and days the course can show, and names a reader can see.
 * One rule each, used by every reader and writer of stored or sent data.
 */

/** The first day of 2000 and of 2200 (UTC): the course shows no time outside them. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

/** A whole millisecond time within the years 2000 to 2199 (so it always formats as a date). */
export const isSaneTime = (t: unknown): t is number => Number.isSafeInteger(t) && (t as number) >= EARLIEST_TIME && (t as number) < LATEST_TIME;

/**
 * Characters that show nothing: spaces and separators, control and format
 * characters (zero-width, direction marks), lone combining marks, and the
 * blank letters that fonts draw as nothing (Hangul fillers, Braille blank…).
 */
const INVISIBLE = /^[\s\p{Z}\p{C}\p{M}\u115F\u1160\u180E\u2800\u3164\uFFA0]*$/u;

/** A name or text that shows at least one visible character. */
export const isVisibleText = (s: string): boolean => !INVISIBLE.test(s);
