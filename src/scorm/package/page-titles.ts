/**
 * The course pages in a built package, by path from the root, with the title
 * the tracker records for them (the page's h1, as text): the launch page
 * names the last page with it when it restores progress. Pure.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** { "openers/connect-first/": "Connect first" } for a page's index.html; {} for any other file. */
export function pageTitles(file: string, html: string): Record<string, string> {
  const match = /^((?:[a-z0-9-]+\/)*)index\.html$/.exec(file);
  if (!match) return {};
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  const title = decode(h1.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim().slice(0, 300);
  return { [match[1] ?? '']: title };
}
