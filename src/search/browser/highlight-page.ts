// On a page opened from a search result (?highlight=term, repeated), marks
// the matching words in the main content and, unless the link names a
// heading, scrolls to the first. Loaded only when the parameter is there.
import { highlightPattern, segmentsOf } from '../highlight';
import { adoptStyles } from '../../utils/adopt-styles';
import searchHitCss from '../../styles/search-hit.css?inline';

// Not indexed, so not where the match was (and never inside form controls).
const SKIP = 'script, style, textarea, select, svg, mark, [data-pagefind-ignore]';

function markAll(root: HTMLElement, pattern: RegExp): HTMLElement | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);

  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const segments = segmentsOf(node.data, pattern);
    if (!segments.some((s) => s.mark)) continue;
    node.replaceWith(
      ...segments.map((s) => {
        if (!s.mark) return s.text;
        const hit = document.createElement('mark');
        hit.className = 'search-hit';
        hit.textContent = s.text;
        first ??= hit;
        return hit;
      }),
    );
  }
  return first;
}

const pattern = highlightPattern(new URLSearchParams(location.search).getAll('highlight'));
const main = document.querySelector<HTMLElement>('main');
if (pattern && main) {
  adoptStyles(searchHitCss);
  const first = markAll(main, pattern);
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
