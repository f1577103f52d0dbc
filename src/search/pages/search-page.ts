// The /search page: runs the search in its link (?q=…&module=…&kind=…) on
// load and keeps the address in step as the learner types, so the address
// bar always holds a link worth sending.
import { isSearchable, parseSearchParams } from '../query';
import { SearchPanel } from '../browser/search-panel';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const panel = new SearchPanel(root, { syncUrl: true });
  const query = parseSearchParams(new URLSearchParams(location.search));
  panel.query = query;
  if (isSearchable(query)) void panel.search();
  else panel.input.focus();
}
