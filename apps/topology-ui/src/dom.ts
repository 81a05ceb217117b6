/** Attributes of `h()`: `class`, `data-*`, `title`, … (strings only: nothing becomes a listener or HTML). */
export type Attrs = Readonly<Record<string, string | undefined>>;
export type Child = Node | string | number | null | undefined | false;

/**
 * Builds an element. Text is always set as text nodes, never parsed as HTML, so names coming from
 * the API (network names are free text) cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: readonly (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces a container's content in one step (no flicker between clear and fill). */
export function fill(container: Element, ...children: readonly (Child | readonly Child[])[]): void {
  const nodes = children.flat().filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false);
  container.replaceChildren(...nodes.map((c) => (typeof c === 'object' ? c : document.createTextNode(String(c)))));
}

export function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el;
}
