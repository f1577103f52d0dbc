// The one way the browser code builds elements: h('p', { class: 'note', role: 'status' }, 'Hello ', link).
// Children go in as text or nodes, never parsed as HTML, so nothing from a file, a link, storage,
// the learner or a speech recogniser can become markup. An attribute set to true is present and
// empty; false or undefined leaves it out.
type Child = Node | string | false | undefined | null;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) if (child !== false && child !== undefined && child !== null) el.append(child);
  return el;
}
