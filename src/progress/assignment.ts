/**
 * Onboarding assignments, carried whole in a link: assignment/#a=<code>, the
 * code being base64url of this compact JSON (format 1):
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
 * throws and never evaluates anything; every text in it is shown as text.
 */
import { z } from './zod';
import { base64UrlToText, textToBase64Url } from './base64url';
import type { CourseIndex } from './course-index';
import { findLesson, findQuiz } from './course-index';
import type { Result } from './result';
import { err, ok } from './result';

export const ASSIGNMENT_VERSION = 1;
/** Longest code accepted; a full course with a long note stays well under it. */
export const MAX_CODE_LENGTH = 6000;
export const MAX_NAME = 80;
export const MAX_NOTE = 500;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real date');
const item = z.string().regex(/^[LQ]:[a-z0-9][a-z0-9/-]{0,199}$/, 'expected a lesson or quiz');
const unique = (list: string[]) => new Set(list).size === list.length;
const someText = (s: string) => s.trim().length > 0;

export const AssignmentSchema = z.strictObject({
  /** Format version. */
  v: z.literal(ASSIGNMENT_VERSION),
  /** The trainee's name, as the manager typed it. */
  n: z.string().max(MAX_NAME).refine(someText, 'the name is empty'),
  /** "L:<lesson key>" or "Q:<quiz id>", each once, in the order to do them. */
  i: z.array(item).min(1).max(200).refine(unique, 'an item is listed twice'),
  /** Pass mark for every quiz in the assignment, whole percent. */
  m: z.number().int().min(0).max(100),
  /** Due date in the trainee's calendar. */
  d: day.optional(),
  /** The day the manager set it. */
  c: day,
  /** A note from the manager. */
  o: z.string().max(MAX_NOTE).optional(),
});

export type Assignment = z.infer<typeof AssignmentSchema>;

/** Compact JSON in a fixed key order, so equal assignments give equal links. */
export function encodeAssignment(a: Assignment): string {
  const { v, n, i, m, d, c, o } = a;
  return textToBase64Url(JSON.stringify({ v, n, i, m, ...(d === undefined ? {} : { d }), c, ...(o === undefined ? {} : { o }) }));
}

const DAMAGED = 'This link is damaged: part of it is missing or was changed on the way. Ask for the link again and copy all of it.';

export function decodeAssignment(code: string): Result<Assignment> {
  if (typeof code !== 'string' || code.length === 0) return err('This link has no assignment in it.');
  if (code.length > MAX_CODE_LENGTH) return err('This link is too long to be an assignment from this course.');
  const text = base64UrlToText(code);
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
  const parsed = AssignmentSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(`${DAMAGED} (${issue ? `${issue.path.join('.') || 'link'}: ${issue.message}` : 'unreadable'})`);
  }
  return ok(parsed.data);
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
  return err(`This link names lessons or quizzes that this course does not have (${list}). It may come from another course, or from an older version of this one. Ask for a new link.`);
}

/** YYYY-MM-DD of a time, in the device's calendar. */
export function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Calendar day number of a YYYY-MM-DD date (same count as leitner.ts's dayNumber). */
export const dayOfIso = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
