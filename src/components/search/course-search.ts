// <course-search>: the search dialog's behaviour. SearchDialog.astro keeps the
// markup in a <template>; on the first open the header script moves it into
// <body>, shows the dialog and focuses the box at once, and that is what loads
// this module. Letters typed meanwhile are already in the box, and get
// searched once this runs. The header script also returns focus on
// close; here: the panel, closing (button, Escape, a click outside) and
// fetching the search engine while the learner types.
import { loadPagefind } from './engine';
import { SearchPanel } from './search-panel';

class CourseSearch extends HTMLElement {
  connectedCallback() {
    const dialog = this.querySelector('dialog');
    const root = this.querySelector<HTMLElement>('[data-search-panel]');
    if (!dialog || !root || this.dataset['ready']) return;
    this.dataset['ready'] = '';
    const panel = new SearchPanel(root, { syncUrl: false });

    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // The dialog box has no padding of its own, so a click on the dialog itself is on the backdrop.
    dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
    dialog.addEventListener('keydown', (e) => {
      // Handled here: in a search box Escape would otherwise only clear the text.
      if (e.key === 'Escape') {
        e.preventDefault();
        dialog.close();
      }
    });

    void loadPagefind().catch(() => undefined);
    // Letters typed while this loaded: searched like any keystroke, once typing pauses.
    if (panel.query.text) panel.schedule();
  }
}

customElements.define('course-search', CourseSearch);
