/**
 * Moves a <template>'s content into <body>. Scripts inside a template are
 * inert; moved, they load and run. This is how code reaches a page only when
 * it is wanted (the search dialog, the highlighter, a page's own scripts)
 * without import(), which Vite would wrap in its preload helper.
 */
export function mount(template: HTMLTemplateElement | null, onScriptError?: () => void): void {
  if (!template) return;
  const content = template.content.cloneNode(true) as DocumentFragment;
  if (onScriptError) content.querySelector('script')?.addEventListener('error', onScriptError);
  document.body.append(content);
  template.remove();
}
