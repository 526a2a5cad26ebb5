// `massage-selector/vue`: registers <massage-selector>, types it in Vue templates (`GlobalComponents`: props and
// `@recommend`, `@book`, … with typed events), and gives the compiler option that tells Vue it is a custom element.
import type { DefineSetupFnComponent } from 'vue';
import type { AnswerEvent, BookEvent, ReadyEvent, RecommendEvent, RulesErrorEvent } from './element/events.js';
import type { Answers, Rules } from './rules/types.js';
import './massage-selector.js';

/** For `vue({ template: { compilerOptions: { isCustomElement } } })` in `vite.config`: `<massage-selector>` is not a Vue component. */
export const isCustomElement = (tag: string): boolean => tag === 'massage-selector';

/**
 * What a Vue template can give `<massage-selector>`: properties (`:answers`, `:rules`), attributes and typed listeners.
 * Attribute names are camel case here because vue-tsc looks up `booking-url` as `bookingUrl`; write them in kebab
 * case in templates (Vue sets an unknown camel-case name on a custom element as a lower-cased attribute).
 */
export interface MassageSelectorVueProps {
  src?: string;
  rules?: Rules | null;
  answers?: Answers;
  bookingUrl?: string;
  dataLayer?: boolean | '';
  persist?: boolean | '';
  timeout?: number | string;
  onReady?: (event: ReadyEvent) => void;
  onAnswer?: (event: AnswerEvent) => void;
  onRecommend?: (event: RecommendEvent) => void;
  onBook?: (event: BookEvent) => void;
  onRulesError?: (event: RulesErrorEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'massage-selector': DefineSetupFnComponent<MassageSelectorVueProps>;
  }
}
