// <course-search>: what the search dialog does. The header script
// (SearchButton.astro) shows the dialog and focuses its box the moment it is
// asked, then returns focus when it closes; moving the markup into the page
// is also what loads this module. From here on: the rest of the panel (pages
// carry only the form: see SearchDialog.astro), closing by button, Escape or
// a click outside, and loading the engine while the learner types. Letters
// typed before the panel is complete are already in the box.
import { adoptStyles } from '../../utils/adopt-styles';
import searchCss from '../../styles/search-dialog.css?inline';
import { loadPagefind } from './engine';
import { SearchPanel } from './search-panel';

// Before the element upgrades: the dialog stays transparent (layout.css) until these apply.
adoptStyles(searchCss);

/**
 * The rest of the panel, from our own static page (pages/search/panel.astro).
 * It sits beside the search page, named as the form's action names that one:
 * search/ → search/panel/; in a SCORM package, which names files,
 * search/index.html → search/panel/index.html.
 */
async function completePanel(form: HTMLFormElement): Promise<void> {
  const response = await fetch(form.action.replace(/[^/]*$/, 'panel/$&'));
  if (!response.ok) throw new Error(`search panel: HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const rest = page.querySelector('[data-search-rest]');
  if (!rest) throw new Error('search panel: no [data-search-rest]');
  // Its links are written for its own address (relative ones, in a SCORM package), not this page's.
  for (const a of rest.querySelectorAll('a[href]')) a.setAttribute('href', new URL(a.getAttribute('href') ?? '', response.url).href);
  form.after(rest);
  // What describes the box (the hint) has only now arrived: described as in the full panel.
  const described = page.querySelector('input[type=search]')?.getAttribute('aria-describedby');
  if (described) form.querySelector('input[type=search]')?.setAttribute('aria-describedby', described);
}

class CourseSearch extends HTMLElement {
  connectedCallback() {
    const dialog = this.querySelector('dialog');
    const form = dialog?.querySelector('form');
    if (!dialog || !form || this.dataset['ready']) return;
    this.dataset['ready'] = '';

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
    completePanel(form).then(
      () => {
        // The panel finds its status line, results and filters as it starts: only now are they here.
        const panel = new SearchPanel(dialog, { syncUrl: false });
        // Letters typed while this loaded: searched like any keystroke, once typing pauses.
        if (panel.query.text) panel.schedule();
      },
      // Offline, or a deploy mid-visit: as when this script cannot load, the search page does the
      // search. The form goes there on its own (action, q), as without JavaScript.
      () => dialog.open && form.submit(),
    );
  }
}

customElements.define('course-search', CourseSearch);
