// Types for `<script src=".../dist/massage-selector.js">` users: `/// <reference types="massage-selector/bundle" />`
// (or `import 'massage-selector/bundle'`) types `document.querySelector('massage-selector')`, its properties and events.
import type { MassageSelector } from '../lib/massage-selector.js';

export type * from '../lib/massage-selector.js';

declare global {
  interface HTMLElementTagNameMap {
    'massage-selector': MassageSelector;
  }
}
