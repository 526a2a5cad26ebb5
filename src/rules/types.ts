/**
 * The rules file format. These types are the one source of truth:
 * `npm run schema` generates `rules/rules.schema.json` from them, and the
 * build generates the in-browser validator from that schema.
 */

/**
 * An identifier: lower-case letters, digits and dashes, such as `deep-tissue`.
 * @pattern ^[a-z0-9][a-z0-9-]*$
 * @maxLength 64
 */
export type Id = string;

/**
 * Text shown to the visitor. Always rendered as plain text, never as HTML.
 * @maxLength 2000
 */
export type Text = string;

/**
 * A web address: `https:` or `http:` (or a path on the studio's own site).
 * `tel:` and `mailto:` are allowed for contact links.
 * @maxLength 2000
 */
export type Url = string;

/** A rules file: the questions, the menu, the scoring and safety rules, and every visible string. */
export interface Rules {
  /** Link to the JSON Schema, for editor autocomplete. */
  $schema?: string;
  /** Version of the rules format; always 1 for now. */
  version: 1;
  /**
   * Language of the texts (a BCP 47 tag such as `en` or `es`).
   * @maxLength 35
   */
  lang?: string;
  /** The studio: shown in the fallback message and used for booking when a technique has no link of its own. */
  studio?: Studio;
  /**
   * The questions, asked one per step in this order.
   * @minItems 1
   * @maxItems 50
   */
  questions: Question[];
  /**
   * The techniques the studio offers.
   * @minItems 1
   * @maxItems 50
   */
  techniques: Technique[];
  /**
   * Extras that can be added to a session, such as hot stones.
   * @maxItems 50
   */
  addOns?: AddOn[];
  /**
   * Scoring rules: when a rule's condition holds, it adds its points and its reason.
   * @maxItems 500
   */
  rules: ScoringRule[];
  /**
   * Safety rules. They run before scoring and always win.
   * @maxItems 100
   */
  safety?: SafetyRule[];
  /**
   * How often to book. The first plan whose condition holds is shown.
   * @maxItems 50
   */
  plans?: Plan[];
  /**
   * Aftercare tips. Every tip whose condition holds is shown.
   * @maxItems 50
   */
  aftercare?: Tip[];
  /**
   * "When massage might not be enough": advice shown with the result when its condition holds.
   * @maxItems 50
   */
  cautions?: Tip[];
  /** Interface text: headings, buttons, progress and errors. Anything left out uses the English default. */
  strings?: Strings;
  /**
   * Answers with the outcome they must give, so the file carries its own tests.
   * @maxItems 500
   */
  examples?: Example[];
}

/**
 * What a rules file may hold: complete rules, or a small file that extends the built-in rules
 * (`"extends": "default"`) to change the studio, wording, prices, links and pictures without copying them.
 */
export type RulesFile = Rules | RulesExtension;

/**
 * A small rules file that starts from the built-in rules and changes only what it names: the studio,
 * `lang` and `strings`, and by id the wording of questions and options and the details of techniques and
 * add-ons. What is safe and what is recommended stay the built-in rules' (no red flag, `deep`, scoring or
 * safety rule can be changed here: copy `rules/default.json` for that).
 */
export interface RulesExtension {
  /** Link to the JSON Schema, for editor autocomplete. */
  $schema?: string;
  /** Start from the built-in rules. */
  extends: 'default';
  /** Version of the rules format; always 1 for now. */
  version: 1;
  /**
   * Language of the texts (a BCP 47 tag such as `en` or `es`).
   * @maxLength 35
   */
  lang?: string;
  /** The studio: its name, phone and booking page. */
  studio?: Studio;
  /**
   * New wording for built-in questions and their options, by id.
   * @maxItems 50
   */
  questions?: QuestionChange[];
  /**
   * New details for built-in techniques, by id: name, texts, sessions, price, booking link, picture, badge.
   * @maxItems 50
   */
  techniques?: TechniqueChange[];
  /**
   * New details for built-in add-ons, by id.
   * @maxItems 50
   */
  addOns?: AddOnChange[];
  /** Interface text; anything left out keeps the built-in wording. */
  strings?: Strings;
  /**
   * Answers with the outcome they must give, run against the extended rules.
   * @maxItems 500
   */
  examples?: Example[];
}

/** New wording for one built-in question. */
export interface QuestionChange {
  /** The id of the built-in question to change. */
  id: Id;
  text?: Text;
  help?: Text;
  minLabel?: Text;
  maxLabel?: Text;
  /**
   * New labels and help for its options, by id.
   * @maxItems 30
   */
  options?: OptionChange[];
}

/** New wording for one option of a built-in question. */
export interface OptionChange {
  /** The id of the option to change. */
  id: Id;
  /** @minLength 1 */
  label?: Text;
  help?: Text;
}

/** New details for one built-in technique (its `deep` and its place in the scoring stay). */
export interface TechniqueChange {
  /** The id of the built-in technique to change. */
  id: Id;
  /** @minLength 1 */
  name?: Text;
  description?: Text;
  pressure?: Text;
  target?: Text;
  bestFor?: Text;
  /**
   * @minItems 1
   * @maxItems 6
   */
  sessionMinutes?: number[];
  /**
   * @minItems 1
   * @maxItems 6
   */
  sessions?: Session[];
  price?: Text;
  bookingUrl?: Url;
  image?: Image;
  badge?: Badge;
}

/** New details for one built-in add-on. */
export interface AddOnChange {
  /** The id of the built-in add-on to change. */
  id: Id;
  /** @minLength 1 */
  name?: Text;
  description?: Text;
  price?: Text;
  bookingParams?: { [name: string]: string };
  image?: Image;
  badge?: Badge;
}

/** The studio running the widget. */
export interface Studio {
  /** The studio's name. */
  name?: Text;
  /** Phone number, a tap-to-call link on the referral screens and when the widget cannot load its rules. */
  phone?: Text;
  /** The local emergency number, such as 911, 112 or 999: a tap-to-call link on the emergency screen. */
  emergencyPhone?: Text;
  /** Default booking page, used when a technique has no booking link of its own. */
  bookingUrl?: Url;
}

/** A question: single choice, multiple choice or a 0–10 scale. */
export type Question = ChoiceQuestion | ScaleQuestion;

/** What every question has. */
export interface QuestionBase {
  /** Unique id, used by conditions and answers. */
  id: Id;
  /** The question, as the visitor reads it. */
  text: Text;
  /** Optional help text under the question. */
  help?: Text;
  /** Whether the visitor must answer before going on. Defaults to true. */
  required?: boolean;
  /** Ask this question only when the condition holds. */
  showIf?: Condition;
}

/** A single-choice (radio buttons) or multiple-choice (checkboxes) question. */
export interface ChoiceQuestion extends QuestionBase {
  /** `single`: one answer; `multiple`: any number of answers. */
  type: 'single' | 'multiple';
  /**
   * The answers to choose from.
   * @minItems 1
   * @maxItems 30
   */
  options: Option[];
}

/** A 0–10 scale question, answered with a whole number. */
export interface ScaleQuestion extends QuestionBase {
  type: 'scale';
  /** Label for the low end, such as "No pain". */
  minLabel?: Text;
  /** Label for the high end, such as "Worst pain imaginable". */
  maxLabel?: Text;
}

/** One answer of a choice question. */
export interface Option {
  /** Unique id within its question. */
  id: Id;
  /**
   * The answer, as the visitor reads it (not empty).
   * @minLength 1
   */
  label: Text;
  /** Optional help text under the answer. */
  help?: Text;
  /** A medical red flag: choosing it always gives a referral, never a booking. */
  redFlag?: boolean;
  /** For multiple choice: choosing this answer clears the others (such as "None of these"). */
  exclusive?: boolean;
}

/**
 * A condition over the answers. An unanswered question never satisfies a
 * comparison (`equals`, `oneOf`, `includesAny`, `includesAll`, `atLeast`,
 * `atMost`); use `answered` to test for it.
 */
export type Condition =
  | EqualsCondition
  | OneOfCondition
  | IncludesAnyCondition
  | IncludesAllCondition
  | AtLeastCondition
  | AtMostCondition
  | AnsweredCondition
  | AllCondition
  | AnyCondition
  | NotCondition;

/** The answer is this option (single choice) or this number (scale). */
export interface EqualsCondition {
  question: Id;
  equals: Id | number;
}
/** The answer is one of these options (single choice). */
export interface OneOfCondition {
  question: Id;
  /** @minItems 1 */
  oneOf: Id[];
}
/** At least one of these options was chosen. */
export interface IncludesAnyCondition {
  question: Id;
  /** @minItems 1 */
  includesAny: Id[];
}
/** Every one of these options was chosen. */
export interface IncludesAllCondition {
  question: Id;
  /** @minItems 1 */
  includesAll: Id[];
}
/** The scale answer is at least this number. */
export interface AtLeastCondition {
  question: Id;
  atLeast: number;
}
/** The scale answer is at most this number. */
export interface AtMostCondition {
  question: Id;
  atMost: number;
}
/** The question was answered (`true`) or not (`false`). */
export interface AnsweredCondition {
  question: Id;
  answered: boolean;
}
/** Every condition holds. */
export interface AllCondition {
  /** @minItems 1 */
  all: Condition[];
}
/** At least one condition holds. */
export interface AnyCondition {
  /** @minItems 1 */
  any: Condition[];
}
/** The condition does not hold. */
export interface NotCondition {
  not: Condition;
}

/** A massage technique on the studio's menu. */
export interface Technique {
  /** Unique id among techniques and add-ons. */
  id: Id;
  /**
   * Name shown to the visitor (not empty).
   * @minLength 1
   */
  name: Text;
  /** What it is, in a sentence or two. */
  description: Text;
  /** Depth of pressure, such as "Medium to firm". */
  pressure: Text;
  /** Primary target, such as "Deep muscle layers & fascia". */
  target: Text;
  /** What it is best for, such as "Chronic knots, tight hamstrings". */
  bestFor: Text;
  /** Deep pressure: never recommended when the visitor reports a red flag. */
  deep: boolean;
  /**
   * Session lengths offered, in minutes (with one price and booking link for all). To give each length its
   * own price and link, use `sessions` instead.
   * @minItems 1
   * @maxItems 6
   */
  sessionMinutes?: number[];
  /**
   * The sessions offered, each with its length and, optionally, its own price and booking link; the visitor
   * picks one on the result card. Takes the place of `sessionMinutes`.
   * @minItems 1
   * @maxItems 6
   */
  sessions?: Session[];
  /** Price text, such as "from $95" (a session's own price wins). */
  price?: Text;
  /** Booking page for this technique (a session's own link wins). */
  bookingUrl?: Url;
  /** A picture of the technique, shown on the result card. */
  image?: Image;
  /** A short label on the result card, such as "Most popular". */
  badge?: Badge;
}

/** One session a technique offers. */
export interface Session {
  /** Length in minutes, such as 60: a whole number. */
  minutes: number;
  /** Price text for this session, such as "$95". */
  price?: Text;
  /** The price as a number, such as 95, for booking systems and analytics. */
  amount?: number;
  /** Booking page for this session. */
  bookingUrl?: Url;
}

/** A picture: an `https:` address and the text that describes it to people who cannot see it. */
export interface Image {
  /**
   * The picture's address; only `https:` pictures are shown.
   * @maxLength 2000
   */
  src: string;
  /**
   * What the picture shows, for screen readers and when it cannot load.
   * @minLength 1
   * @maxLength 300
   */
  alt: string;
}

/**
 * A short label such as "Most popular" or "New".
 * @minLength 1
 * @maxLength 40
 */
export type Badge = string;

/** An extra that can be added to a session. */
export interface AddOn {
  /** Unique id among techniques and add-ons. */
  id: Id;
  /**
   * Name shown to the visitor (not empty: it may carry booking parameters).
   * @minLength 1
   */
  name: Text;
  /** What it is, in a sentence. */
  description: Text;
  /** Price text, such as "+ $20". */
  price?: Text;
  /** Query parameters added to the booking link when this add-on is recommended, such as `{"addon": "hot-stones"}`. */
  bookingParams?: { [name: string]: string };
  /** A picture of the add-on. */
  image?: Image;
  /** A short label, such as "New". */
  badge?: Badge;
}

/** A scoring rule: when its condition holds, it adds points to techniques or add-ons. */
export interface ScoringRule {
  /** Unique id, shown by the checker when an example fails. */
  id: Id;
  /** When the rule fires. */
  when: Condition;
  /** Points added, by technique or add-on id. Negative points count against. */
  score: { [id: string]: number };
  /** Why, in the visitor's own terms: shown with the result. */
  reason: Text;
}

/** A safety rule. Safety rules run before scoring and always win. */
export interface SafetyRule {
  /** Unique id. */
  id: Id;
  /** When the rule fires. */
  when: Condition;
  /**
   * `refer`: see a doctor first, no recommendation. `emergency`: urgent-care text, no recommendation.
   * `exclude`: never recommend the techniques or add-ons listed in `exclude`.
   */
  action: 'refer' | 'emergency' | 'exclude';
  /** Technique and add-on ids that must not be recommended (with `exclude`). */
  exclude?: Id[];
  /** What the visitor is told. */
  message: Text;
}

/** How often to book. */
export interface Plan {
  /** Unique id. */
  id: Id;
  /** When this plan applies. A plan without a condition always applies. */
  when?: Condition;
  /** Name of the plan, such as "Chronic tension". */
  title: Text;
  /** How often, such as "Once a week, then spaced out as you improve". */
  frequency: Text;
  /** For how long, such as "for the first two weeks". */
  duration?: Text;
}

/** A piece of advice shown when its condition holds (or always, without one). */
export interface Tip {
  /** Optional id, for your own reference and the checker's messages. */
  id?: Id;
  /** When the tip applies. */
  when?: Condition;
  /** The advice. */
  text: Text;
}

/** A test carried by the rules file: these answers must give this outcome. */
export interface Example {
  /** What the example shows, for the checker's report. */
  name: Text;
  /** The visitor's answers, by question id. */
  answers: Answers;
  /** The expected technique id, `refer` or `emergency`. */
  expect: Id;
  /** Add-on ids that must be recommended too. */
  expectAddOns?: Id[];
}

/** The visitor's answers, by question id: an option id, a list of option ids, or a number. */
export interface Answers {
  [questionId: string]: string | string[] | number;
}

/** Interface text. Every visible string of the widget can be changed here. */
export interface Strings {
  /** Heading of the questionnaire. Default: "Tell us about your spasms". */
  title?: Text;
  /** Progress, with `{step}` and `{total}`. Default: "Step {step} of {total}". */
  progress?: Text;
  /** Default: "Next". */
  next?: Text;
  /** Default: "Back". */
  back?: Text;
  /** Button on the last question. Default: "See my recommendation". */
  finish?: Text;
  /** Shown when a required question is left unanswered. Default: "Please choose an answer." */
  required?: Text;
  /** Default: "Your Recommended Technique". */
  resultHeading?: Text;
  /** Default: "Why this technique". */
  why?: Text;
  /** Default: "Depth of pressure". */
  pressure?: Text;
  /** Default: "Primary target". */
  target?: Text;
  /** Default: "Best for". */
  bestFor?: Text;
  /** Session length, with `{minutes}`. Default: "Session: {minutes} minutes". */
  session?: Text;
  /** Default: "Also worth a look". */
  alternatives?: Text;
  /** Default: "Recommended add-ons". */
  addOns?: Text;
  /** Default: "How often to book". */
  plan?: Text;
  /** Default: "Aftercare Tips". */
  aftercare?: Text;
  /** Default: "When massage might not be enough". */
  cautions?: Text;
  /** Default: "Book this massage". */
  book?: Text;
  /** Default: "Start over". */
  startOver?: Text;
  /** Heading of a referral. Default: "Please see a doctor first". */
  referHeading?: Text;
  /** Referral text when no safety rule gives one. */
  referMessage?: Text;
  /** Heading of an emergency. Default: "Get medical help now". */
  emergencyHeading?: Text;
  /** Reason shown when no rule fired. Default: "Gentle massage is a good start." */
  defaultReason?: Text;
  /** Not shown any more (before the rules arrive the widget shows no text; the page can slot its own, `slot="loading"`); kept so that files which set it stay valid. */
  loading?: Text;
  /** Heading when the rules cannot be loaded. Default: "The massage selector is taking a break". */
  errorHeading?: Text;
  /** Text when the rules cannot be loaded. Default: "Please try again, or contact the studio." */
  errorMessage?: Text;
  /** Default: "Try again". */
  tryAgain?: Text;
}
