// <course-theme> (ThemeSelect.astro): light, dark or the system's. The choice
// is stored; theme-init.js applies it before the next page paints.
const KEY = 'warm-open:theme';

class CourseTheme extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    const root = document.documentElement.dataset;
    select.value = root['theme'] ?? 'system';
    select.addEventListener('change', () => {
      const value = select.value;
      if (value === 'light' || value === 'dark') root['theme'] = value;
      else delete root['theme'];
      try {
        if (value === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, value);
      } catch {
        // Storage blocked: the theme still applies for this page view.
      }
    });
  }
}
customElements.define('course-theme', CourseTheme);
