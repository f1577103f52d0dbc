// Builds result items from view models. Every string goes in as text
// (textContent or text nodes); nothing from the index is parsed as HTML.
import type { Segment } from '../excerpt';
import { segmentsOf } from '../highlight';
import type { ResultView } from '../results';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with its matched words in <mark class="search-hit"> (styled as on a page opened from a result), built node by node. */
export function marked<T extends HTMLElement>(node: T, segments: Segment[]): T {
  for (const s of segments) node.append(s.mark ? el('mark', 'search-hit', s.text) : document.createTextNode(s.text));
  return node;
}

function excerpt(segments: Segment[], id: string): HTMLParagraphElement {
  const p = marked(el('p', 'search-excerpt'), segments);
  p.id = id;
  return p;
}

/** One result: a title link described by its kind, module and excerpt, then its sections. */
export function renderResult(view: ResultView, id: string, terms: RegExp | null): HTMLLIElement {
  const item = el('li', 'search-result');
  const link = marked(el('a', 'search-result-title'), segmentsOf(view.title, terms));
  link.href = view.url;
  const meta = el('p', 'search-result-meta', [view.kind, view.module].filter(Boolean).join(' · '));
  meta.id = `${id}-meta`;
  link.setAttribute('aria-describedby', `${meta.id} ${id}-excerpt`);
  item.append(link, meta, excerpt(view.excerpt, `${id}-excerpt`));

  if (view.subResults.length) {
    const list = el('ul', 'search-subresults');
    view.subResults.forEach((sub, i) => {
      const subLink = marked(el('a', ''), segmentsOf(sub.title, terms));
      subLink.href = sub.url;
      subLink.setAttribute('aria-describedby', `${id}-s${i}`);
      const li = el('li', '');
      li.append(subLink, excerpt(sub.excerpt, `${id}-s${i}`));
      list.append(li);
    });
    item.append(list);
  }
  return item;
}
