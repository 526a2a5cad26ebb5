import type { Recommendation, RecommendedAddOn, RecommendedSession, RecommendedTechnique } from '../engine/recommend.js';
import type { RulesErrorCode } from '../load/load-rules.js';
import type { Answers } from '../rules/types.js';
import type { RulesProblem } from '../validate/errors.js';

/** Every event of `<massage-selector>`: bubbles, crosses shadow roots, and carries a typed `detail`. */
export class MassageSelectorEvent<T> extends Event {
  constructor(
    type: string,
    /** What happened; see each event's detail type. */
    readonly detail: T,
    cancelable = false,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** `detail` of `ready`. */
export interface ReadyDetail {
  /** Where the rules came from: the `src` URL, `inline` or `default`. */
  source: string;
}
/** `detail` of `answer`. */
export interface AnswerDetail {
  /** The question's id. */
  question: string;
  /** The answer now given to it (`undefined` once every box is unticked). */
  value: Answers[string] | undefined;
  /** All answers so far. */
  answers: Answers;
}
/** `detail` of `book`. */
export interface BookDetail {
  /** The technique being booked: the recommended one or an alternative. */
  technique: RecommendedTechnique;
  /** The session chosen on its card (minutes, price, amount, booking link), or `null` when it offers none. */
  session: RecommendedSession | null;
  /** The recommended add-ons. */
  addOns: RecommendedAddOn[];
  /** Where the widget goes unless the event is cancelled (`null`: nowhere). */
  bookingUrl: string | null;
  /** The visitor's answers (health information: do not send them anywhere). */
  answers: Answers;
}
/** `detail` of `rules-error`. */
export interface RulesErrorDetail {
  /** A stable reason a host page can switch on. */
  code: RulesErrorCode;
  /** The HTTP status, when there was a response. */
  status?: number;
  /** What went wrong, in English, for the developer. */
  message: string;
  /** Each problem found in the file, with its JSON-pointer `path`. */
  errors: RulesProblem[];
}

export type ReadyEvent = MassageSelectorEvent<ReadyDetail>;
export type AnswerEvent = MassageSelectorEvent<AnswerDetail>;
export type RecommendEvent = MassageSelectorEvent<Recommendation>;
export type BookEvent = MassageSelectorEvent<BookDetail>;
export type RulesErrorEvent = MassageSelectorEvent<RulesErrorDetail>;

/**
 * The events `<massage-selector>` fires, by name. They are typed on the element (its `addEventListener`),
 * not on every `HTMLElement`: `ready` and `answer` are common names that other libraries type differently.
 */
export interface MassageSelectorEventMap {
  ready: ReadyEvent;
  answer: AnswerEvent;
  recommend: RecommendEvent;
  book: BookEvent;
  'rules-error': RulesErrorEvent;
}

/** The `detail` type of an event of `<massage-selector>`. */
export type DetailOf<K extends keyof MassageSelectorEventMap> = MassageSelectorEventMap[K]['detail'];
