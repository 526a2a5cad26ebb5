import { render, type TemplateResult } from 'lit/html.js';

/**
 * The few things this widget needs from a base class, on top of lit-html's `render`:
 * a shadow root with constructable styles, batched updates, `updateComplete`, and
 * attribute-backed string properties. LitElement's ReactiveElement would add about
 * 2.5 KB gzip to a bundle whose budget is 14 KB, for features the widget does not use.
 */
export abstract class SmallElement extends HTMLElement {
  /** CSS for the shadow root. */
  static styles = '';
  private static sheet?: CSSStyleSheet;
  private pending: Promise<void> | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const type = this.constructor as typeof SmallElement;
    type.sheet ??= new CSSStyleSheet();
    if (!type.sheet.cssRules.length) type.sheet.replaceSync(type.styles);
    root.adoptedStyleSheets = [type.sheet];
  }

  /** Resolves after the pending render (if any) has been committed to the shadow root. */
  get updateComplete(): Promise<boolean> {
    return (this.pending ?? Promise.resolve()).then(() => true);
  }

  connectedCallback() {
    this.requestUpdate();
  }

  /** Schedules one render for everything that changes in this task. */
  requestUpdate(): void {
    this.pending ??= Promise.resolve().then(() => {
      this.pending = null;
      if (!this.isConnected) return;
      render(this.render(), this.shadowRoot!, { host: this });
      this.updated();
    });
  }

  protected abstract render(): TemplateResult;

  /** Called after each render. */
  protected updated(): void {}
}

/**
 * Turns fields into properties whose setters schedule a render (what Lit's decorators do, without their runtime).
 * The fields are the keys of `fields` (the values are ignored): the bundle's minifier shortens private names,
 * and it renames an object literal's keys together with every `this.name`, where it would leave strings alone.
 */
export function reactive(type: { prototype: SmallElement }, fields: object): void {
  for (const name of Object.keys(fields)) {
    const key = Symbol(name);
    Object.defineProperty(type.prototype, name, {
      get(this: Record<symbol, unknown>) {
        return this[key];
      },
      set(this: SmallElement & Record<symbol, unknown>, value: unknown) {
        if (this[key] === value) return;
        this[key] = value;
        this.requestUpdate();
      },
    });
  }
}
