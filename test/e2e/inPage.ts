// Functions that run inside the browser page (passed to page.evaluate). The project compiles
// without the DOM library, so the little of the DOM they use is declared here, for this file only.
interface PageText {
  readonly data: string;
}
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
interface PageElement {
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: {
  querySelectorAll(selector: string): Iterable<PageElement>;
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): unknown; readonly currentNode: unknown };
  createRange(): { setStart(node: PageText, offset: number): void; setEnd(node: PageText, offset: number): void; getBoundingClientRect(): Box };
};
declare const NodeFilter: { readonly SHOW_TEXT: number };
declare function getComputedStyle(element: PageElement, pseudo: string): { readonly content: string };
declare const navigator: { readonly clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } };

/** Empties the clipboard. */
export function clearClipboard(): Promise<void> {
  return navigator.clipboard.writeText('');
}

/** The clipboard's text, or false while it is empty (for page.waitForFunction). */
export async function clipboardText(): Promise<string | false> {
  return (await navigator.clipboard.readText()) || false;
}

/** Where `target` is drawn inside `element`, from a DOM Range over its characters; undefined if it is not there. */
export function textBox(element: unknown, target: string): Box | undefined {
  const nodes: PageText[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    nodes.push(walker.currentNode as PageText);
  }
  // The editor draws spaces as no-break spaces.
  const at = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ').indexOf(target);
  if (at < 0 || nodes.length === 0) {
    return undefined;
  }
  // The text node and offset of the start and of the end of the target. No named inner functions:
  // the test runner's transpiler would wrap them in a helper that the page does not have.
  const ends: [PageText, number][] = [];
  for (const wanted of [at, at + target.length]) {
    let rest = wanted;
    let found: [PageText, number] | undefined;
    for (const n of nodes) {
      if (rest <= n.data.length) {
        found = [n, rest];
        break;
      }
      rest -= n.data.length;
    }
    ends.push(found ?? [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length]);
  }
  const range = document.createRange();
  range.setStart(...ends[0]);
  range.setEnd(...ends[1]);
  const r = range.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/**
 * True when a text node containing `text` is drawn inside the box of a visible `container` (not
 * scrolled out of it). Self-contained: a function passed to the page cannot call the others here.
 */
export function textInView({ container, text }: { container: string; text: string }): boolean {
  for (const el of document.querySelectorAll(container)) {
    const outer = el.getBoundingClientRect();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (outer.width > 0 && walker.nextNode()) {
      const node = walker.currentNode as PageText;
      const at = node.data.indexOf(text);
      if (at < 0) {
        continue;
      }
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const inner = range.getBoundingClientRect();
      if (inner.width > 0 && inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height) {
        return true;
      }
    }
  }
  return false;
}

/**
 * True when the rendered editor line containing `line` draws `mark` (CSS ::after content, as
 * editor decorations do) exactly `count` times. Self-contained, for page.waitForFunction.
 */
export function lineHasMarks({ line, mark, count }: { line: string; mark: string; count: number }): boolean {
  for (const el of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
    if (!((el as unknown as { textContent: string }).textContent ?? '').replace(/\u00a0/g, ' ').includes(line)) {
      continue;
    }
    let n = 0;
    for (const child of el.querySelectorAll('*')) {
      if (getComputedStyle(child, '::after').content.includes(mark)) {
        n++;
      }
    }
    return n === count;
  }
  return false;
}
