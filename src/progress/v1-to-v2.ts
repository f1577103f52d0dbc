/**
 * Format 1 of stored progress to format 2 (state.ts has both shapes), with no
 * Zod and no course data, so a quiz page can load it on its own when it finds
 * format-1 data (recorder.ts), and migrate.ts runs it as its 1 -> 2 step.
 * What it cannot make sense of it passes on as it is, for the reader to leave
 * out and name: it never throws and never drops an answer itself.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const mapValues = (v: unknown, f: (x: unknown) => unknown): unknown => (isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, f(x)])) : v);
const mapList = (v: unknown, f: (x: unknown) => unknown): unknown => (Array.isArray(v) ? v.map(f) : v);

/**
 * An authored position as format 2's id: content gave the item at position i
 * the id "a", "b", … (issue 17). Anything else becomes text no id can equal
 * ("#-1"), so the scorer refuses it as it refused the position.
 */
const letter = (i: unknown): unknown => (typeof i !== 'number' ? i : Number.isInteger(i) && i >= 0 && i < 26 ? String.fromCharCode(97 + i) : `#${i}`);

/**
 * A learner's answer in format 1 (positions) to format 2 (ids), by its shape:
 * `selected`, `order` and `path` lists of numbers become letters; classify's
 * `placed` list aligned to the authored items becomes { item, group } for each
 * item placed. Strings and format-2 shapes come back unchanged, so this is safe
 * on either version and running it twice changes nothing.
 */
export function responseV1toV2(response: unknown): unknown {
  if (!isObject(response)) return response;
  const out: Json = { ...response };
  for (const key of ['selected', 'order', 'path']) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(letter);
  if (Array.isArray(out['placed']))
    out['placed'] = (out['placed'] as unknown[]).flatMap((group, i) =>
      typeof group === 'string' ? [{ item: letter(i), group }] : group === null ? [] : [group],
    );
  return out;
}

const attempt = (a: unknown) => (Array.isArray(a) ? { at: a[0], earned: a[1], total: a[2], response: responseV1toV2(a[3]) } : a);
const assessment = (a: unknown) =>
  Array.isArray(a) ? { at: a[0], score: a[1], max: a[2], passed: a[3] === 1 ? true : a[3] === 0 ? false : a[3], questions: a[4] } : a;
const lesson = (l: unknown) => (isObject(l) ? { opened: l['o'], ...(l['c'] === undefined ? {} : { completed: l['c'] }), seconds: l['s'] } : l);

/** Stored progress in format 1 to format 2; fields format 1 never had pass through for the reader to name. */
export function stateV1toV2(old: Json): Json {
  const { v: _v, r, p, l, q, a, ...rest } = old;
  return {
    ...rest,
    version: 2,
    generation: r,
    ...(p === undefined ? {} : { lastPage: Array.isArray(p) ? { url: p[0], title: p[1], at: p[2] } : p }),
    lessons: mapValues(l, lesson),
    questions: mapValues(q, (list) => mapList(list, attempt)),
    assessments: mapValues(a, (list) => mapList(list, assessment)),
  };
}

/**
 * Stored text in format 1 as format-2 text, or undefined when it is not
 * format 1 (what the recorder writes back the first time a learner with
 * format-1 progress opens a quiz page; every entry survives, for the strict
 * reader on the progress pages to check).
 */
export function upgradeText(text: string | null): string | undefined {
  try {
    const data = JSON.parse(text ?? '') as unknown;
    return isObject(data) && data['v'] === 1 && data['version'] === undefined ? JSON.stringify(stateV1toV2(data)) : undefined;
  } catch {
    return undefined;
  }
}
