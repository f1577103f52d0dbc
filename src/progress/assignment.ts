/**
 * Onboarding assignments, carried whole in a link: assignment/#a=<code>.<sum>,
 * the code being base64url of this compact JSON (format 1), and the sum six
 * base64url characters of the code's CRC-32 (crc32.ts):
 *
 *   { "v": 1, "n": "Sam Okafor", "i": ["L:openers/connect-first", "Q:connect-first", "Q:final-assessment"],
 *     "m": 80, "d": "2026-12-05", "c": "2026-11-22", "o": "Finish before your first call block." }
 *
 *   v  format version (a newer one is refused with a clear message, never guessed at)
 *   n  the trainee's name          i  what to do: "L:<lesson key>" complete the lesson;
 *   m  pass mark, whole percent        "Q:<quiz id>" score at least the pass mark in the quiz
 *   d  due date (optional)         c  the day it was set        o  the manager's note (optional)
 *
 * Nothing is stored on any server: the link is the assignment. Decoding never
 * throws and never evaluates anything; every text in it is shown as text. A
 * new format bumps "v"; this code refuses a newer one with a clear message.
 *
 * The sum is checked before anything is decoded, so a changed or lost
 * character is reported as damage, never read as another assignment (without
 * it, about one single-character edit in five decoded to a different valid
 * assignment, some changing the pass mark). Links made before the sum existed
 * (no ".<sum>") were already sent to trainees, so they still open, unguarded;
 * every link made now carries it.
 */
import { base64UrlToText, textToBase64Url } from './base64url';
import type { CourseIndex } from './course-index';
import { crc32 } from './crc32';
import { findLesson, findQuiz } from './course-index';
import type { Result } from './result';
import { err, ok } from './result';
import { isSaneTime, isVisibleText } from './sane';

export const ASSIGNMENT_VERSION = 1;
/** Longest code accepted; a full course with a long note stays well under it. */
export const MAX_CODE_LENGTH = 6000;
export const MAX_NAME = 80;
export const MAX_NOTE = 500;
export const MAX_ITEMS = 200;

export interface Assignment {
  /** Format version. */
  v: typeof ASSIGNMENT_VERSION;
  /** The trainee's name, as the manager typed it. */
  n: string;
  /** "L:<lesson key>" or "Q:<quiz id>", each once, in the order to do them. */
  i: string[];
  /** Pass mark for every quiz in the assignment, whole percent. */
  m: number;
  /** Due date (YYYY-MM-DD) in the trainee's calendar. */
  d?: string;
  /** The day the manager set it (YYYY-MM-DD). */
  c: string;
  /** A note from the manager. */
  o?: string;
}

export const ITEM = /^[LQ]:[a-z0-9][a-z0-9/-]{0,199}$/;
/** A real calendar day within the years the course can show (sane.ts), so no date reads "Invalid Date". */
export const isDay = (s: unknown): s is string =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && isSaneTime(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const FIELDS = ['v', 'n', 'i', 'm', 'd', 'c', 'o'];

/**
 * The first problem with a decoded link, as "field: what is wrong", or
 * undefined when it is a sound assignment. Written by hand rather than with
 * Zod so the trainee's pages need not load Zod (about 27 KB gzip); the report
 * file's Zod schema (assignment-schema.ts) is tested to agree with it.
 */
export function assignmentProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'link: expected an object';
  const a = data as Record<string, unknown>;
  const extra = Object.keys(a).find((k) => !FIELDS.includes(k));
  if (extra !== undefined) return `link: unexpected field "${extra.slice(0, 40)}"`;
  if (a['v'] !== ASSIGNMENT_VERSION) return `v: expected ${ASSIGNMENT_VERSION}`;
  const { n, i, m, d, c, o } = a;
  if (typeof n !== 'string' || n.length > MAX_NAME) return `n: expected a name of at most ${MAX_NAME} characters`;
  if (n.trim() === '') return 'n: the name is empty';
  if (!isVisibleText(n)) return 'n: the name shows no visible character';
  if (!Array.isArray(i) || i.length === 0 || i.length > MAX_ITEMS) return `i: expected 1 to ${MAX_ITEMS} items`;
  const bad = i.findIndex((x) => typeof x !== 'string' || !ITEM.test(x));
  if (bad >= 0) return `i.${bad}: expected a lesson or quiz`;
  if (new Set(i).size !== i.length) return 'i: an item is listed twice';
  if (typeof m !== 'number' || !Number.isInteger(m) || m < 0 || m > 100) return 'm: expected a whole number from 0 to 100';
  if (d !== undefined && !isDay(d)) return 'd: not a real date (YYYY-MM-DD)';
  if (!isDay(c)) return 'c: not a real date (YYYY-MM-DD)';
  if (o !== undefined && (typeof o !== 'string' || o.length > MAX_NOTE)) return `o: expected a note of at most ${MAX_NOTE} characters`;
  // The form leaves out an empty note; one of only invisible characters would show as a blank box.
  if (o !== undefined && !isVisibleText(o)) return 'o: the note shows no visible character';
  return undefined;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The code's CRC-32 as six base64url characters (the first carries its top two bits). */
export function checksum(code: string): string {
  const crc = crc32(code);
  let sum = '';
  for (let shift = 30; shift >= 0; shift -= 6) sum += BASE64URL[(crc >>> shift) & 63];
  return sum;
}

/** Compact JSON in a fixed key order, so equal assignments give equal links; then its checksum. */
export function encodeAssignment(a: Assignment): string {
  const { v, n, i, m, d, c, o } = a;
  const code = textToBase64Url(JSON.stringify({ v, n, i, m, ...(d === undefined ? {} : { d }), c, ...(o === undefined ? {} : { o }) }));
  return `${code}.${checksum(code)}`;
}

const DAMAGED = 'This link is damaged: part of it is missing or was changed on the way. Ask for the link again and copy all of it.';

export function decodeAssignment(code: string): Result<Assignment> {
  if (typeof code !== 'string' || code.length === 0) return err('This link has no assignment in it.');
  if (code.length > MAX_CODE_LENGTH) return err('This link is too long to be an assignment from this course.');
  const dot = code.indexOf('.');
  // The whole sum is compared as text, so a change even in its two spare bits is caught.
  if (dot >= 0 && code.slice(dot + 1) !== checksum(code.slice(0, dot))) return err(DAMAGED);
  const text = base64UrlToText(dot >= 0 ? code.slice(0, dot) : code);
  if (text === undefined) return err(DAMAGED);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err(DAMAGED);
  }
  const version = typeof data === 'object' && data !== null ? (data as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && version > ASSIGNMENT_VERSION)
    return err('This link was made by a newer version of the course than this one. Open it where the course is up to date, or ask for a new link.');
  const problem = assignmentProblem(data);
  return problem ? err(`${DAMAGED} (${problem})`) : ok(data as Assignment);
}

/** The code in a location hash such as "#a=…"; undefined when there is none. */
export function codeFromHash(hash: string): string | undefined {
  const match = /^#?a=(.*)$/s.exec(hash);
  return match ? (match[1] ?? '') : undefined;
}

export const assignmentLink = (pageUrl: string, a: Assignment): string => `${pageUrl}#a=${encodeAssignment(a)}`;

/** Unknown lessons or quizzes mean a link from another course, or an older version of this one. */
export function checkAssignment(a: Assignment, index: CourseIndex): Result<Assignment> {
  const unknown = a.i.filter((id) => (id.startsWith('L:') ? !findLesson(index, id.slice(2)) : !findQuiz(index, id.slice(2))));
  if (unknown.length === 0) return ok(a);
  const list = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
  return err(
    `This link names lessons or quizzes that this course does not have (${list}). It may come from another course, or from an older version of this one. Ask for a new link.`,
  );
}

/** YYYY-MM-DD of a time, in the device's calendar. */
export function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Calendar day number of a YYYY-MM-DD date (same count as leitner.ts's dayNumber). */
export const dayOfIso = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
