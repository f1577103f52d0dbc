/**
 * The dialog's search panel, as both halves render it: the form in every
 * page's template (SearchDialog.astro) and the rest on the page it is fetched
 * from (pages/search/panel.astro). Same ids, so the form's references (its
 * hint, its filters' form="…") meet once the rest is in.
 */
export const DIALOG_PANEL = {
  id: 'search-dialog',
  label: 'Search the course',
  hint: '↓ and ↑ move through the results, Enter opens one, Esc closes.',
} as const;
