// <course-menu> (MenuButton.astro): opens the outline as a panel on phones;
// Escape or a second press closes it and returns focus to the button, so
// keyboard users never lose their place.
class CourseMenu extends HTMLElement {
  #button = this.querySelector('button')!;
  // Header.astro renders the button only on pages with an outline.
  #panel = document.getElementById(this.#button.getAttribute('aria-controls')!)!;

  connectedCallback() {
    this.#button.addEventListener('click', () => this.#set(!this.#open));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#open) {
        this.#set(false);
        this.#button.focus();
      }
    });
    // The open panel covers the page: once focus leaves it, close it.
    this.#panel.addEventListener('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      if (this.#open && to && !this.#panel.contains(to) && to !== this.#button) this.#set(false);
    });
  }

  get #open() {
    return this.#button.getAttribute('aria-expanded') === 'true';
  }

  #set(open: boolean) {
    this.#button.setAttribute('aria-expanded', String(open));
    this.#panel.toggleAttribute('data-open', open);
    if (open) this.#panel.querySelector<HTMLElement>('[aria-current], a')?.focus();
  }
}
customElements.define('course-menu', CourseMenu);
