// `massage-selector/react`: a React component for <massage-selector> (registers the element), with typed
// `on…` props for its events, and JSX types for the bare tag. Safe to import and render on a server: the
// element's properties and listeners are set in a layout effect, so they work after hydration too (React 19
// sets neither on a server-rendered custom element: facebook/react#35446).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MassageSelector as MassageSelectorElement } from './massage-selector.js';
import type { AnswerEvent, BookEvent, ReadyEvent, RecommendEvent, RulesErrorEvent } from './element/events.js';
import type { Answers, Rules } from './rules/types.js';

export { MassageSelectorElement };

const Wrapped = createComponent({
  react: React,
  tagName: 'massage-selector',
  elementClass: MassageSelectorElement,
  events: {
    onReady: 'ready' as EventName<ReadyEvent>,
    onAnswer: 'answer' as EventName<AnswerEvent>,
    onRecommend: 'recommend' as EventName<RecommendEvent>,
    onBook: 'book' as EventName<BookEvent>,
    onRulesError: 'rules-error' as EventName<RulesErrorEvent>,
  },
  displayName: 'MassageSelector',
});

/** The props of `<MassageSelector>`: the element's properties, its attributes in camel case, and its events. */
export interface MassageSelectorProps extends Omit<React.HTMLAttributes<MassageSelectorElement>, 'onAnswer'> {
  /** URL of a rules file. */
  src?: string;
  /** A rules object (checked like a rules file; `onRulesError` when invalid). */
  rules?: Rules | null;
  /** Answers to pre-fill. Setting an equal object again (a re-render) keeps the visitor's step. */
  answers?: Answers;
  /** The `booking-url` attribute: the studio's booking page, or a template with `{technique}`, `{minutes}`, `{addons}`. */
  bookingUrl?: string;
  /** The `data-layer` attribute: push ids only to `window.dataLayer`. */
  dataLayer?: boolean;
  /** The `persist` attribute: keep the answers in `sessionStorage` for a reload. */
  persist?: boolean;
  /** The `timeout` attribute (milliseconds to wait for `src`). */
  timeout?: number;
  onReady?: (event: ReadyEvent) => void;
  onAnswer?: (event: AnswerEvent) => void;
  onRecommend?: (event: RecommendEvent) => void;
  /** Cancelable: `event.preventDefault()` keeps the visitor on the page. */
  onBook?: (event: BookEvent) => void;
  onRulesError?: (event: RulesErrorEvent) => void;
}

/** `<MassageSelector bookingUrl="…" onRecommend={…} onBook={(e) => e.preventDefault()} />` */
export const MassageSelector = React.forwardRef<MassageSelectorElement, MassageSelectorProps>(function MassageSelector(
  { bookingUrl, dataLayer, persist, timeout, ...props },
  ref,
) {
  return React.createElement(Wrapped, {
    ...props,
    ref,
    // Attributes by their names: React sets them on the server-rendered HTML and on the client alike.
    ...({ 'booking-url': bookingUrl, 'data-layer': dataLayer ? '' : undefined, persist: persist ? '' : undefined, timeout } as object),
  });
});

/** The bare `<massage-selector>` tag in JSX (React 19 sets known properties, and `on` + the event's exact name listens). */
export interface MassageSelectorIntrinsicProps extends React.DetailedHTMLProps<
  React.HTMLAttributes<MassageSelectorElement>,
  MassageSelectorElement
> {
  src?: string;
  rules?: Rules | null;
  answers?: Answers;
  'booking-url'?: string;
  'data-layer'?: boolean | '';
  persist?: boolean | '';
  timeout?: number | string;
  onready?: (event: ReadyEvent) => void;
  onanswer?: (event: AnswerEvent) => void;
  onrecommend?: (event: RecommendEvent) => void;
  onbook?: (event: BookEvent) => void;
  'onrules-error'?: (event: RulesErrorEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'massage-selector': MassageSelectorIntrinsicProps;
    }
  }
}
