// The header's search link (SearchButton.astro). Without JavaScript it is a
// plain link to the search page. With it, the link and Ctrl+K / Cmd+K open
// the search dialog: its markup and code sit in templates (SearchDialog.astro)
// until first use, so every page carries only these few lines. The dialog
// opens at once, so nothing typed is lost while its code loads.
import { mount } from '../../shell/mount-template';

const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
const page = document.querySelector<HTMLElement>('[data-search-page]');
let dialog: HTMLDialogElement | null = null;

/** The dialog's or the highlighter's template; if its code cannot load (offline, a deploy mid-visit), the search page still works as a link. */
const mountSearch = (name: string) => mount(document.querySelector(`template[data-${name}]`), () => link && location.assign(link.href));

function open() {
  if (!page && !dialog) {
    mountSearch('search-template');
    dialog = document.querySelector('.search-dialog');
  }
  // Closing a modal dialog returns focus to where it was before: the browser does that.
  if (dialog && !dialog.open) dialog.showModal();
  const box = (dialog ?? page)?.querySelector('input');
  box?.focus();
  box?.select();
}

link?.addEventListener('click', (e) => {
  if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  open();
});
// On a Mac, Ctrl+K deletes to the end of the line in text fields: there only Cmd+K opens search.
const mac = /Mac|iP/.test(navigator.platform);
document.addEventListener('keydown', (e) => {
  if ((mac ? e.metaKey : e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
    e.preventDefault();
    open();
  }
});
if (new URLSearchParams(location.search).has('highlight')) mountSearch('search-highlight');
