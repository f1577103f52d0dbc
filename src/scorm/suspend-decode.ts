/**
 * Reading SCORM suspend data (the format suspend-codec.ts describes and
 * writes) back into progress. Names this version of the course does not have
 * are skipped; responses written in stored format 1 (option positions) are
 * migrated to option ids (responseV1toV2). Pure: no DOM, never throws on input.
 */
import { base64UrlToText } from '../progress/base64url';
import { capAttempts } from '../progress/merge';
import { progressProblem } from '../progress/read-state';
import type { Result } from '../progress/result';
import { err, ok } from '../progress/result';
import type { AssessmentAttempt, Attempt, LessonProgress, Response } from '../progress/state';
import { emptyState } from '../progress/state';
import { responseV1toV2 } from '../progress/v1-to-v2';
import type { ScormCourse } from './course-map';
import { shortId } from './course-map';
import type { Decoded, SuspendOptions } from './suspend-codec';
import { PAGE_PATH, SUSPEND_FORMAT, pageUrl } from './suspend-codec';

const TIME = /^[0-9a-z]{1,11}$/;
const AMOUNT = /^(?:0|[1-9]\d{0,6})(?:\.\d{1,25})?(?:e-\d{1,3})?$/;
const ID = /^[0-9a-z]{4}$/;

function amount(text: string | undefined, max = 1e6): number | undefined {
  if (text === undefined || !AMOUNT.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
}

/**
 * Suspend data back to progress (the device's store merges it in). Names this
 * version of the course does not have are skipped; anything that is not this
 * format at all is an error with a sentence for the learner, and an empty start.
 */
export function decodeSuspend(text: string, course: ScormCourse, { root }: Pick<SuspendOptions, 'root'>): Result<Decoded> & { newer?: true } {
  if (typeof text !== 'string' || text === '') return err('There is no saved progress in the learning system yet.');
  const match = /^WO(\d{1,4}):([0-9a-z]{1,11}):([0-9a-z]{4})(?:,|$)/.exec(text);
  if (!match) return err('The progress saved in the learning system is not in a form this course can read, so you start from what this device has.');
  const format = Number(match[1]);
  if (format > SUSPEND_FORMAT)
    return { ...err('The progress saved in the learning system comes from a newer version of this course, so this older copy leaves it alone.'), newer: true };
  if (format !== SUSPEND_FORMAT) return err('The progress saved in the learning system is in a form this course no longer reads.');
  const base = parseInt(match[2] ?? '0', 36);
  const declared = parseInt(match[3] ?? '0', 36);
  const tokens = text.split(',').slice(1);
  const truncated = text.length !== declared;
  if (truncated) tokens.pop();

  const byHash = (ids: readonly string[]) => new Map(ids.map((id) => [shortId(id), id]));
  const lessons = byHash(course.lessons);
  const questions = byHash(course.questions);
  const quizzes = byHash(course.quizzes);
  const time = (t: string | undefined) => (t !== undefined && TIME.test(t) && Number.isSafeInteger(base + parseInt(t, 36)) ? base + parseInt(t, 36) : undefined);

  const state = emptyState();
  const q: Record<string, Attempt[]> = {};
  const a: Record<string, AssessmentAttempt[]> = {};
  const responses = new Map<string, Response>();
  let skipped = 0;

  for (const token of tokens) {
    const [kind, ...f] = token.split(':');
    const done = (() => {
      switch (kind) {
        case 'A': {
          const quiz = quizzes.get(f[0] ?? '');
          const [t, score, max] = [time(f[1]), amount(f[2]), amount(f[3])];
          const drawn = f[5] === '' ? [] : (f[5] ?? '').split('.');
          if (!quiz || t === undefined || score === undefined || max === undefined || score > max || (f[4] !== '0' && f[4] !== '1') || f.length !== 6) return false;
          if (drawn.length > 200 || !drawn.every((h) => ID.test(h))) return false;
          const ids = drawn.flatMap((h) => questions.get(h) ?? []);
          (a[quiz] ??= []).push({ at: t, score, max, passed: f[4] === '1', questions: ids });
          return true;
        }
        case 'L': {
          const key = lessons.get(f[0] ?? '');
          const [o, s] = [time(f[1]), amount(f[3])];
          const c = f[2] === '' ? undefined : time(f[2]);
          if (!key || o === undefined || s === undefined || (f[2] !== '' && c === undefined) || f.length !== 4) return false;
          const lesson: LessonProgress = { opened: o, ...(c === undefined ? {} : { completed: c }), seconds: s };
          state.lessons[key] = lesson;
          return true;
        }
        case 'P': {
          const t = time(f[1]);
          const path = f[0] ?? '';
          if (t === undefined || !PAGE_PATH.test(path) || !Object.hasOwn(course.pages, path) || f.length !== 2) return false;
          state.lastPage = { url: pageUrl(root, path), title: (course.pages[path] ?? '').slice(0, 300), at: t };
          return true;
        }
        case 'Q': {
          const id = questions.get(f[0] ?? '');
          const [t, earned, total] = [time(f[1]), amount(f[2]), amount(f[3])];
          if (!id || t === undefined || earned === undefined || total === undefined || earned > total || f.length !== 4) return false;
          (q[id] ??= []).push({ at: t, earned, total, response: {} });
          return true;
        }
        case 'R': {
          const id = questions.get(f[0] ?? '');
          const t = time(f[1]);
          const json = base64UrlToText(f[2] ?? '');
          if (!id || t === undefined || json === undefined || f.length !== 3) return false;
          try {
            const value = JSON.parse(json) as unknown;
            if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
            responses.set(`${id}@${t}`, responseV1toV2(value) as Response);
            return true;
          } catch {
            return false;
          }
        }
        default:
          return false;
      }
    })();
    if (!done) skipped++;
  }

  for (const [id, list] of Object.entries(q)) {
    const byTime = new Map(list.map((x) => [x.at, x] as const));
    state.questions[id] = capAttempts([...byTime.values()].sort((x, y) => x.at - y.at).map((x) => ({ ...x, response: responses.get(`${id}@${x.at}`) ?? {} })));
  }
  for (const [id, list] of Object.entries(a)) state.assessments[id] = [...new Map(list.map((x) => [x.at, x] as const)).values()].sort((x, y) => x.at - y.at).slice(-1000);

  // The last guard: what comes out is what the strict progress check accepts.
  const problem = progressProblem(state);
  if (problem) return err(`The progress saved in the learning system could not be read (${problem}).`);
  return ok({ state, skipped, truncated });
}
