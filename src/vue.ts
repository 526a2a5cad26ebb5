// `massage-selector/vue`: registers <massage-selector>, types it in Vue templates (`GlobalComponents`: props and
// `@recommend`, `@book`, … with typed events), and gives the compiler option that tells Vue it is a custom element.
import type { DefineSetupFnComponent } from 'vue';
import type { AnswerEvent, BookEvent, ReadyEvent, RecommendEvent, RulesErrorEvent } from './element/events.js';
import type { Answers, Rules } from './rules/types.js';
import './massage-selector.js';

/** For `vue({ template: { compilerOptions: { isCustomElement } } })` in `vite.config`: `<massage-selector>` is not a Vue component. */
export const isCustomElement = (tag: string): boolean => tag === 'massage-selector';

/** What a Vue template can give `<massage-selector>`: properties (`:answers`, `:rules`), attributes and typed listeners. */
export interface MassageSelectorVueProps {
  src?: string;
  rules?: Rules | null;
  answers?: Answers;
  'booking-url'?: string;
  'data-layer'?: boolean | '';
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
