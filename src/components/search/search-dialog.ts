// The search dialog: cloned from the header's <template> on first open, then
// kept, so a second open shows the last search. A modal <dialog> keeps focus
// inside; Escape, the close button or a click outside close it, and focus
// goes back to where it was.
import { loadPagefind } from './engine';
import { SearchPanel } from './search-panel';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let returnTo: HTMLElement | null = null;

function create(): { dialog: HTMLDialogElement; panel: SearchPanel } | undefined {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-template]');
  const node = template?.content.firstElementChild?.cloneNode(true);
  if (!(node instanceof HTMLDialogElement)) return undefined;
  document.body.append(node);
  const created = new SearchPanel(node.querySelector<HTMLElement>('[data-search-panel]')!, { syncUrl: false });
  node.querySelector('[data-search-close]')?.addEventListener('click', () => node.close());
  // The dialog box has no padding of its own, so a click on the dialog itself is on the backdrop.
  node.addEventListener('click', (e) => e.target === node && node.close());
  node.addEventListener('keydown', (e) => {
    // Handled here: in a search box Escape would otherwise first clear the text.
    if (e.key === 'Escape') {
      e.preventDefault();
      node.close();
    }
  });
  node.addEventListener('close', () => returnTo?.isConnected && returnTo.focus());
  return { dialog: node, panel: created };
}

export function openDialog(from: Element | null): void {
  if (!dialog || !panel) ({ dialog, panel } = create() ?? {});
  if (!dialog || !panel) return;
  if (!dialog.open) {
    returnTo = from instanceof HTMLElement && from !== document.body ? from : null;
    dialog.showModal();
  }
  panel.input.focus();
  panel.input.select();
  // The engine and its WebAssembly load while the learner types.
  void loadPagefind().catch(() => undefined);
}
