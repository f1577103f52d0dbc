// <course-search>: what the search dialog does. The header script
// (SearchButton.astro) shows the dialog and focuses its box the moment it is
// asked, then returns focus when it closes; moving the markup into the page
// is also what loads this module. From here on: the search panel, closing by
// button, Escape or a click outside, and loading the engine while the learner
// types. Letters typed before this ran are already in the box.
import { adoptStyles } from '../../utils/adopt-styles';
import searchCss from '../../styles/search.css?inline';
import { loadPagefind } from './engine';
import { SearchPanel } from './search-panel';

// Before the element upgrades: the dialog stays transparent (layout.css) until these apply.
adoptStyles(searchCss);

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
