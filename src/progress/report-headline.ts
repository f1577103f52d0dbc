/**
 * The one line a manager reads first about a checked report. With their own
 * assignment it says whether the report answers that assignment and whether
 * the answers pass it; without, whether the claims match the answers. Only a
 * report with every item done, nothing amiss and every claim matching gets a
 * ✓: a report with nothing done never does.
 */
import type { ReportCheck } from './check-report';

export interface Headline {
  ok: boolean;
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function reportHeadline(check: ReportCheck): Headline {
  const { expected, problems, notes } = check;
  const claims = problems === 0 ? '' : `${plural(problems, 'claim does', 'claims do')} not match the answers`;
  if (expected) {
    const done = expected.items.filter((i) => i.actual.done).length;
    const pass = expected.passed ? 'its answers pass it' : `its answers do not pass it (${done} of ${expected.items.length} items done)`;
    if (expected.differences.length) return { ok: false, text: `⚠ This report does not answer your assignment, and ${pass}` };
    if (!expected.passed) return { ok: false, text: `⚠ This report answers your assignment, but ${pass}` };
    if (claims) return { ok: false, text: `⚠ This report answers your assignment and its answers pass it, but ${claims}` };
    if (notes.length) return { ok: false, text: '⚠ This report answers your assignment and its answers pass it; read the notes below' };
    return { ok: true, text: '✓ This report answers your assignment, and its answers pass it' };
  }
  if (claims) return { ok: false, text: `⚠ ${claims}` };
  if (check.done === 0) return { ok: false, text: '⚠ Nothing in this report is done' };
  if (notes.length) return { ok: false, text: "⚠ The report's own assignment looks altered: read the notes below" };
  if (check.done < check.items.length) return { ok: false, text: `⚠ Only ${check.done} of ${check.items.length} items are done, by the answers` };
  return { ok: true, text: "✓ The report's claims match its answers" };
}
