import { render, type TemplateResult } from 'lit/html.js';
import { BUNDLE, DEV } from '../dev.js';
import { once } from '../rules/own.js';

/** One stylesheet per class and document: a constructed sheet can only be adopted in the document that made it. */
const sheets = new WeakMap<Document, Map<typeof BaseElement, CSSStyleSheet>>();

const sheetFor = (type: typeof BaseElement, document: Document): CSSStyleSheet =>
  once(
    once(sheets, document, () => new Map()),
    type,
    () => {
      const sheet = new (document.defaultView ?? window).CSSStyleSheet();
      sheet.replaceSync(type.styles);
      return sheet;
    },
  );

/** Whether `key` is an accessor (a property with a setter) of one of the element's own classes. */
function isAccessor(element: BaseElement, key: string): boolean {
  for (let type = element; (type = Object.getPrototypeOf(type)) && type !== HTMLElement.prototype;)
    if (Object.getOwnPropertyDescriptor(type, key)?.set) return true;
  return false;
}

/**
 * The few things this widget needs from a base class, on top of lit-html's `render` — what Lit's
 * ReactiveElement does for its users, for about 2.1 KB gzip less:
 * - a shadow root with the class's own `static styles` (a subclass's styles apply), adopted in whatever
 *   document the element is connected to;
 * - batched updates (one render per task) and `updateComplete`;
 * - upgrade replay: a property set on the element before its class was defined (a framework, a `defer`
 *   script) is an own property hiding the accessor; it is taken back and set through the accessor on connect;
 * - in development, a loud error when a class field shadows an accessor (TypeScript's
 *   `useDefineForClassFields: true`, or a native class field), which would otherwise never render.
 */
// Where there is no DOM (Node, server rendering) the class extends a stand-in, so importing the element does nothing.
export abstract class BaseElement extends (BUNDLE ? HTMLElement : (globalThis.HTMLElement ?? (class {} as typeof HTMLElement))) {
  /** CSS for the shadow root. */
  static styles = '';
  private _pending?: Promise<void> | null;
  /** Properties set before the upgrade, to be set again through their accessors. */
  private _early: Array<[string, unknown]>;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    const self = this as unknown as Record<string, unknown>;
    this._early = Object.keys(this)
      .filter((key) => isAccessor(this, key))
      .map((key) => [key, self[key]]);
    for (const [key] of this._early) delete self[key];
  }

  /** Resolves once the pending render (if any), and any render that one asked for, has been committed. */
  get updateComplete(): Promise<boolean> {
    return this._pending ? this._pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  connectedCallback() {
    const self = this as unknown as Record<string, unknown>;
    if (DEV)
      for (const key of Object.keys(this).filter((key) => isAccessor(this, key))) {
        console.error(
          `<${this.localName}>: the class field "${key}" shadows its accessor, so setting it never renders. ` +
            'Compile with "useDefineForClassFields": false, or declare the field without an initial value.',
        );
        const value = self[key];
        delete self[key];
        self[key] = value;
      }
    for (const [key, value] of this._early.splice(0)) self[key] = value;
    this.shadowRoot!.adoptedStyleSheets = [sheetFor(this.constructor as typeof BaseElement, this.ownerDocument)];
    this.requestUpdate();
  }

  /** Schedules one render for everything that changes in this task, or (given a promise) once that has settled. */
  requestUpdate(after?: Promise<unknown>): void {
    this._pending ??= Promise.resolve(after).then(() => {
      this._pending = null;
      if (!this.isConnected) return;
      try {
        render(this.render(), this.shadowRoot!, { host: this });
      } catch (error) {
        // A page whose Trusted Types policy refuses the widget's HTML (see scripts/trim-lit.mjs): nothing is shown.
        console.error(error);
        return;
      }
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
 * and it renames an object literal's keys together with every `this._name`, where it would leave strings alone.
 */
export function reactive(type: { prototype: BaseElement }, fields: object): void {
  for (const name of Object.keys(fields)) {
    const key = Symbol(name);
    Object.defineProperty(type.prototype, name, {
      get(this: Record<symbol, unknown>) {
        return this[key];
      },
      set(this: BaseElement & Record<symbol, unknown>, value: unknown) {
        if (this[key] === value) return;
        this[key] = value;
        this.requestUpdate();
      },
    });
  }
}
