/**
 * Finding the assignment a page is about: the link's fragment first, else the
 * one this browser last opened. Shared by the assignment and report pages.
 */
import type { Assignment } from '../assignment';
import { checkAssignment, codeFromHash, decodeAssignment } from '../assignment';
import type { CourseIndex } from '../course-index';
import { LOAD_FAILED, loadIndex, recall, remember } from './dom';

export type Opened = { ok: true; assignment: Assignment; code: string; index: CourseIndex } | { ok: false; title: string; message: string };

export async function openAssignment(storage: Storage | undefined): Promise<Opened> {
  const fromLink = codeFromHash(location.hash);
  const code = fromLink ?? recall(storage, 'assignment');
  if (code === undefined)
    return {
      ok: false,
      title: 'No assignment here yet',
      message: 'If your manager sent you an assignment, open the link in their message. It carries everything this page needs.',
    };
  const decoded = decodeAssignment(code);
  if (!decoded.ok) return { ok: false, title: 'This link cannot be opened', message: decoded.error };
  let index: CourseIndex;
  try {
    index = await loadIndex();
  } catch {
    return { ok: false, title: 'The assignment cannot be shown right now', message: LOAD_FAILED };
  }
  const checked = checkAssignment(decoded.value, index);
  if (!checked.ok) return { ok: false, title: 'This link does not fit this course', message: checked.error };
  if (fromLink !== undefined) remember(storage, 'assignment', code);
  return { ok: true, assignment: checked.value, code, index };
}
