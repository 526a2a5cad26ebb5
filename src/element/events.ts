import type { Recommendation, RecommendedAddOn, RecommendedTechnique } from '../engine/recommend.js';
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
  question: string;
  value: Answers[string] | undefined;
  answers: Answers;
}
/** `detail` of `book`. */
export interface BookDetail {
  technique: RecommendedTechnique;
  addOns: RecommendedAddOn[];
  bookingUrl: string | null;
  answers: Answers;
}
/** `detail` of `rules-error`. */
export interface RulesErrorDetail {
  code: RulesErrorCode;
  status?: number;
  message: string;
  errors: RulesProblem[];
}

export type ReadyEvent = MassageSelectorEvent<ReadyDetail>;
export type AnswerEvent = MassageSelectorEvent<AnswerDetail>;
export type RecommendEvent = MassageSelectorEvent<Recommendation>;
export type BookEvent = MassageSelectorEvent<BookDetail>;
export type RulesErrorEvent = MassageSelectorEvent<RulesErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    ready: ReadyEvent;
    answer: AnswerEvent;
    recommend: RecommendEvent;
    book: BookEvent;
    'rules-error': RulesErrorEvent;
  }
}
