import { walk } from '../rules/answers.js';
import { once, type Test } from '../rules/conditions.js';
import { safeLink, studioLink, withParams } from '../rules/links.js';
import { stringsFor } from '../rules/strings.js';
import type { AddOn, Answers, Condition, Plan, Rules, ScoringRule, Session, Technique, Tip } from '../rules/types.js';

/** A session as offered with a result: its length, price and the booking link to follow for it. */
export type RecommendedSession = Omit<Session, 'bookingUrl'> & {
  /** The safe booking link for this session (its own, the technique's or the studio's, with add-on parameters), or `null`. */
  bookingUrl: string | null;
};

/**
 * A technique as recommended: the rules file's fields, its score, the reasons that raised it, and its
 * sessions (from `sessions`, or one per `sessionMinutes` length), each with its booking link.
 */
export type RecommendedTechnique = Omit<Technique, 'sessions'> & { score: number; reasons: string[]; sessions: RecommendedSession[] };

/** An add-on as recommended: the rules file's fields, its score and why. */
export type RecommendedAddOn = AddOn & { score: number; reasons: string[] };

/** What the engine recommends for one set of answers. */
export interface Recommendation {
  /** `recommended`, or `refer`: a safety answer means see a doctor first, and there is no technique. */
  status: 'recommended' | 'refer';
  /** With `refer`: an emergency answer, so the message is urgent-care advice. */
  urgent: boolean;
  /** With `refer`: what the visitor is told. With `recommended`: a safety note, if a technique was excluded. */
  message: string | null;
  /** The technique that fits best, or `null` with `refer`. */
  technique: RecommendedTechnique | null;
  /** Other techniques that scored, best first. */
  alternatives: RecommendedTechnique[];
  /** Add-ons that scored, best first. */
  addOns: RecommendedAddOn[];
  /** Why the technique was chosen, in the visitor's terms. */
  reasons: string[];
  /** How often and for how long to book. */
  plan: Plan | null;
  /** Aftercare tips. */
  aftercare: string[];
  /** "When massage might not be enough" advice. */
  cautions: string[];
  /** The booking link of the technique's first session (its own, the technique's or the studio's, with add-on parameters), or `null`. */
  bookingUrl: string | null;
  /** Technique and add-on ids that safety rules took out of the running. */
  excluded: string[];
  /** Ids of the safety and scoring rules that fired, in order. */
  fired: string[];
  /** The answers the result is based on (unknown or malformed answers are left out). */
  answers: Answers;
}

/**
 * Highest score first. A tie goes to the gentler item, one without deep pressure before one with (a visitor
 * who fits both equally starts gently, as the articles advise), and then to the rules file's order, so
 * results are deterministic.
 */
function ranked<T extends { id: string; deep?: boolean }>(
  items: T[],
  scoreOf: (id: string) => number,
  keep: (item: T, score: number) => boolean,
) {
  return items
    .map((item) => ({ item, score: scoreOf(item.id) }))
    .filter(({ item, score }) => keep(item, score))
    .sort((a, b) => b.score - a.score || +!!a.item.deep - +!!b.item.deep); // a stable sort keeps the file's order
}

/** The scoring rules prepared for a file (see `recommend`). */
type Scoring = [slots: Map<string, number>, rules: [Test, ScoringRule, number[]][]];

/** Options for `recommend`. */
export interface RecommendOptions {
  /**
   * The studio's booking page, used in place of the rules file's `studio.bookingUrl` (the element's `booking-url`):
   * a link that gets `technique`, `minutes` and add-on parameters, or a template with `{technique}`, `{minutes}`, `{addons}`.
   */
  bookingUrl?: string | null;
}

/**
 * Recommends a technique for a visitor's answers. Pure and synchronous: the same rules
 * and answers always give the same result. Safety runs first and always wins: any red-flag
 * answer refers the visitor (no technique, no booking), and deep-pressure techniques (and any
 * add-on) are never recommended when a safety rule excludes them.
 */
export function recommend(rules: Rules, rawAnswers: unknown, options: RecommendOptions = {}): Recommendation {
  const [answers, , masks, test, memo, flagged, unscreened] = walk(rules, rawAnswers);
  const result: Recommendation = {
    status: 'refer',
    urgent: false,
    message: null,
    technique: null,
    alternatives: [],
    addOns: [],
    reasons: [],
    plan: null,
    aftercare: [],
    cautions: [],
    bookingUrl: null,
    excluded: [],
    fired: [],
    answers,
  };
  const text = (key: 'referMessage' | 'defaultReason') => stringsFor(rules.strings)(key);
  const applies = (item: { when?: Condition }) => !item.when || test(item.when)(masks);
  const texts = (tips: Tip[] | undefined) => (tips ?? []).filter(applies).map((tip) => tip.text);

  const firedSafety = (rules.safety ?? []).filter(applies);
  result.fired.push(...firedSafety.map((rule) => rule.id));
  const emergency = firedSafety.find((rule) => rule.action === 'emergency');
  const referral = firedSafety.find((rule) => rule.action === 'refer');
  if (emergency || referral || flagged) {
    result.urgent = !!emergency;
    result.message = (emergency ?? referral)?.message ?? text('referMessage');
    return result;
  }

  const exclusions = firedSafety.filter((rule) => rule.action === 'exclude');
  const excluded = new Set(exclusions.flatMap((rule) => rule.exclude ?? []));
  // Fail safe: deep pressure needs every shown red-flag question answered, and an exclusion naming no known
  // technique or add-on (a typo) excludes every deep-pressure technique.
  const ids = [...rules.techniques, ...(rules.addOns ?? [])].map((item) => item.id);
  if (unscreened || [...excluded].some((id) => !ids.includes(id))) rules.techniques.forEach((t) => t.deep && excluded.add(t.id));
  // The scoring rules prepared once for the file (kept with its prepared conditions): a slot for each id they
  // score, and for each rule its test, the rule and its points as slot, points, … (only finite numbers count).
  const [slots, scoring] = once(memo, rules.rules, (list: ScoringRule[]) => {
    const slots = new Map<string, number>();
    return [
      slots,
      list.map((rule) => [
        test(rule.when),
        rule,
        Object.entries(rule.score).flatMap(([id, points]) =>
          Number.isFinite(points) ? [slots.get(id) ?? slots.set(id, slots.size).size - 1, points] : [],
        ),
      ]),
    ];
  }) as Scoring;
  // The hot loop: one test per rule, scores and reasons in arrays by slot, nothing allocated for a rule that does
  // not fire; a reason counts once per item (a Set keeps the order in which reasons first came).
  const scores: number[] = Array(slots.size).fill(0);
  const why: Set<string>[] = [];
  for (const entry of scoring) {
    if (!entry[0](masks)) continue;
    const [, rule, points] = entry;
    result.fired.push(rule.id);
    for (let i = 0; i < points.length; i += 2) {
      const slot = points[i];
      scores[slot] += points[i + 1];
      if (points[i + 1] > 0) (why[slot] ??= new Set()).add(rule.reason);
    }
  }
  const scoreOf = (id: string) => scores[slots.get(id)!] ?? 0;

  // Only what is returned gets its own copy with `score` and `reasons` (Object.assign: Node 20's object spread
  // takes a slow path for these objects, several µs each).
  const copy = <T extends { id: string }>({ item, score }: { item: T; score: number }) => {
    const out = Object.assign({}, item) as T & { score: number; reasons: string[] };
    out.score = score;
    out.reasons = [...(why[slots.get(item.id)!] ?? [])];
    return out;
  };
  const addOns = ranked(rules.addOns ?? [], scoreOf, (addOn, score) => score > 0 && !excluded.has(addOn.id)).map(copy);
  // The add-ons' booking parameters, worked out only for a link.
  const params = () => addOns.flatMap((addOn) => Object.entries(addOn.bookingParams ?? {}));
  const studio = safeLink(options.bookingUrl) ?? safeLink(rules.studio?.bookingUrl);
  /**
   * The link to book a technique (a session of it): the session's own or the technique's, with the add-ons'
   * parameters, else the studio's, which also names the technique and the session's minutes (see `studioLink`).
   */
  const linkFor = (technique: { id: string; bookingUrl?: string }, session?: Session) => {
    const own = safeLink(session?.bookingUrl) ?? safeLink(technique.bookingUrl);
    return own
      ? withParams(own, params())
      : studio &&
          studioLink(
            studio,
            technique.id,
            session?.minutes,
            addOns.map((addOn) => addOn.id),
            params(),
          );
  };
  /** A technique's copy with its sessions (`sessions`, or one per `sessionMinutes` length), each with its price and link. */
  const bookable = (entry: { item: Technique; score: number }): RecommendedTechnique => {
    const { sessions, sessionMinutes } = entry.item;
    const technique = copy(entry) as unknown as RecommendedTechnique;
    technique.sessions = (sessions ?? (sessionMinutes ?? []).map((minutes): Session => ({ minutes }))).map((session) =>
      Object.assign({}, session, { price: session.price ?? technique.price, bookingUrl: linkFor(technique, session) }),
    );
    return technique;
  };
  const candidates = ranked(rules.techniques, scoreOf, (technique) => !excluded.has(technique.id));
  result.excluded = ids.filter((id) => excluded.has(id));
  if (!candidates.length) {
    result.message = exclusions[0]?.message ?? text('referMessage');
    return result;
  }
  // With nothing in favour of any technique, start gently rather than deep.
  const best = candidates[0].score > 0 ? candidates[0] : (candidates.find(({ item }) => !item.deep) ?? candidates[0]);
  const top = bookable(best);
  result.status = 'recommended';
  result.message = exclusions.map((rule) => rule.message).join(' ') || null;
  result.technique = top;
  result.reasons = top.reasons.length ? top.reasons : [text('defaultReason')];
  result.alternatives = candidates
    .filter((entry) => entry !== best && entry.score > 0)
    .slice(0, 2)
    .map(bookable);
  result.addOns = addOns;
  result.plan = (rules.plans ?? []).find(applies) ?? null;
  result.aftercare = texts(rules.aftercare);
  result.cautions = texts(rules.cautions);
  result.bookingUrl = top.sessions[0]?.bookingUrl ?? linkFor(best.item);
  return result;
}
