// `massage-selector/element`: registers <massage-selector> (once per page) and exports its class and event types.
import { MassageSelector } from './element/massage-selector.js';
import { define } from './element/define.js';

export * from './element/massage-selector.js';
export * from './element/events.js';
// The `recommend` detail's types, for handlers typed from the element entry (and the manifest's `CustomEvent<Recommendation>`).
export type { Recommendation, RecommendedAddOn, RecommendedSession, RecommendedTechnique } from './engine/recommend.js';

define('massage-selector', MassageSelector);

declare global {
  interface HTMLElementTagNameMap {
    'massage-selector': MassageSelector;
  }
}
