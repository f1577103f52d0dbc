/**
 * The call-planning worksheet as the rep fills it in on screen, kept on the
 * device. localStorage, key "warm-open:call-plan", format 1:
 *
 *   { "v": 1, "fields": { "who": "Tom Reyes, ops lead, Northline Freight", "cares": "…", "reason": "…",
 *                         "question": "…", "reception": "…", "voicemail": "…" }, "at": 1764000000000 }
 *
 * Only the known fields are read back, each cut to MAX_FIELD characters, so
 * edited storage can never add anything to the page; the page shows them as
 * form values (text). Blocked or full storage keeps nothing and says so once;
 * the worksheet still works and prints. A newer "v" is ignored, not guessed at.
 */
import type { StorageLike } from '../progress/store';

export const PLAN_KEY = 'warm-open:call-plan';
export const PLAN_FIELDS = ['who', 'cares', 'reason', 'question', 'reception', 'voicemail'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];
export type CallPlan = Partial<Record<PlanField, string>>;
export const MAX_FIELD = 1000;

export type PlanRead = { plan: CallPlan; at?: number; problem?: 'blocked' | 'unreadable' };

export function readPlan(storage: StorageLike | undefined): PlanRead {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(PLAN_KEY) : null;
  } catch {
    return { plan: {}, problem: 'blocked' };
  }
  if (raw === null) return { plan: {} };
  try {
    const data = JSON.parse(raw) as { v?: unknown; fields?: unknown; at?: unknown };
    if (data.v !== 1 || typeof data.fields !== 'object' || data.fields === null) return { plan: {}, problem: 'unreadable' };
    const fields = data.fields as Record<string, unknown>;
    const plan: CallPlan = {};
    for (const key of PLAN_FIELDS) {
      const value = fields[key];
      if (typeof value === 'string' && value !== '') plan[key] = value.slice(0, MAX_FIELD);
    }
    return { plan, ...(typeof data.at === 'number' && Number.isFinite(data.at) ? { at: data.at } : {}) };
  } catch {
    return { plan: {}, problem: 'unreadable' };
  }
}

/** Keeps the plan (an empty one removes the key); false when storage refused it. */
export function writePlan(storage: StorageLike | undefined, plan: CallPlan, now: number): boolean {
  if (!storage) return false;
  const fields: CallPlan = {};
  for (const key of PLAN_FIELDS) {
    const value = plan[key];
    if (value) fields[key] = value.slice(0, MAX_FIELD);
  }
  try {
    if (Object.keys(fields).length === 0) storage.removeItem(PLAN_KEY);
    else storage.setItem(PLAN_KEY, JSON.stringify({ v: 1, fields, at: now }));
    return true;
  } catch {
    return false;
  }
}
