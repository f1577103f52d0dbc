// @ts-check
// Plain-text tables for the benchmark's stdout (Markdown pipe tables, so the
// output pastes into an issue or the README as it is).

/** 12345 → "12,345"; null/NaN → "n/a". @param {number | null | undefined} n @param {number} [digits] */
export function num(n, digits = 0) {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as "1.23 GB" / "456 MB" for memory. @param {number | null} bytes */
export function memory(bytes) {
  if (bytes === null || !Number.isFinite(bytes)) return 'n/a';
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${Math.round(bytes / 1e6)} MB`;
}

/** Milliseconds as seconds with one decimal. @param {number} ms */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * A Markdown table; cells are padded so it also reads as plain text.
 * @param {string[]} head
 * @param {(string | number)[][]} rows
 */
export function table(head, rows) {
  const cells = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(3, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ row) => `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

/**
 * One budget line: "✓ what: 8,755 ≤ 15,000".
 * @param {string} what
 * @param {number | null | undefined} value
 * @param {number} limit
 * @param {{ unit?: string, atLeast?: boolean, format?: (n: number) => string }} [options]
 *   atLeast: the value must reach the limit (scores); format: how to print both numbers
 */
export function budgetLine(what, value, limit, { unit = '', atLeast = false, format = (n) => `${num(n)}${unit}` } = {}) {
  if (value === null || value === undefined || !Number.isFinite(value)) return { ok: false, text: `? ${what}: not measured (budget ${format(limit)})` };
  const ok = atLeast ? value >= limit : value <= limit;
  return { ok, text: `${ok ? '✓' : '✗'} ${what}: ${format(value)} ${atLeast ? (ok ? '≥' : '<') : ok ? '≤' : '>'} ${format(limit)}` };
}
