/** Just enough of a DOM element for chat.js run in a `vm` context: a tree, attributes, text and click listeners. */
export class FakeElement {
  id = '';
  className = '';
  type = '';
  maxLength = -1;
  focused = false;
  children: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  readonly attributes: Record<string, string> = {};
  private ownText = '';
  private readonly clickListeners: Array<() => void> = [];

  constructor(
    readonly tagName: string,
    readonly dataset: Record<string, string> = {},
  ) {}

  get textContent(): string {
    return this.ownText;
  }

  /** As in the DOM, setting the text replaces the children. */
  set textContent(text: string) {
    this.children.forEach((child) => (child.parentNode = null));
    this.children = [];
    this.ownText = text;
  }

  get nextSibling(): FakeElement | null {
    const siblings = this.parentNode?.children ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.attributes[name] = value;
  }

  appendChild(child: FakeElement): FakeElement {
    return this.insertBefore(child, null);
  }

  insertBefore(child: FakeElement, reference: FakeElement | null): FakeElement {
    child.parentNode?.removeChild(child);
    const index = reference ? this.children.indexOf(reference) : -1;
    this.children.splice(index < 0 ? this.children.length : index, 0, child);
    child.parentNode = this;
    return child;
  }

  removeChild(child: FakeElement): FakeElement {
    this.children = this.children.filter((candidate) => candidate !== child);
    child.parentNode = null;
    return child;
  }

  replaceChild(replacement: FakeElement, replaced: FakeElement): FakeElement {
    this.insertBefore(replacement, replaced);
    return this.removeChild(replaced);
  }

  /** A shallow clone, as `cloneNode(false)`: same id, class and data-* attributes, no children. */
  cloneNode(): FakeElement {
    const clone = new FakeElement(this.tagName, { ...this.dataset });
    clone.id = this.id;
    clone.className = this.className;
    Object.assign(clone.attributes, this.attributes);
    return clone;
  }

  addEventListener(type: string, listener: () => void): void {
    if (type === 'click') this.clickListeners.push(listener);
  }

  click(): void {
    this.clickListeners.forEach((listener) => listener());
  }

  /** Class selectors only (`.name`), which is all chat.js uses. */
  querySelector(selector: string): FakeElement | null {
    const name = selector.replace(/^\./, '');
    return this.find((element) => element !== this && element.className.split(' ').includes(name)) ?? null;
  }

  focus(): void {
    this.focused = true;
  }

  /** This element's text and its descendants'. */
  text(): string {
    return [this.ownText, ...this.children.map((child) => child.text())].join(' ').trim();
  }

  find(matches: (element: FakeElement) => boolean): FakeElement | undefined {
    return this.findAll(matches)[0];
  }

  findAll(matches: (element: FakeElement) => boolean): FakeElement[] {
    const below = this.children.flatMap((child) => child.findAll(matches));
    return matches(this) ? [this, ...below] : below;
  }
}
