/**
 * Applies a stylesheet that arrives with a lazily loaded script (the search
 * dialog's), so pages need not carry its rules inline. A constructed
 * stylesheet is CSSOM, not a <style> element, so the page's CSP (which
 * allows only hashed inline styles) does not block it.
 */
export function adoptStyles(css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed stylesheets shows the dialog with its defaults; it still works.
  }
}
