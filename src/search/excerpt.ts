/**
 * Pagefind hands back excerpts as HTML: the page text, entity-escaped, with
 * matched words in <mark>. We never assign that string as HTML; it becomes a
 * list of text segments that the UI renders with textContent.
 */
export interface Segment {
  text: string;
  /** The segment is a matched term. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the named and numeric entities an escaper produces; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** "a <mark>b</mark> c" → [a ][b*][ c]. Tags other than <mark> are dropped, never rendered. */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}
