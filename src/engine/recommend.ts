import { cleanAnswers, redFlagsIn, visibleQuestions } from '../rules/answers.js';
import { holds } from '../rules/conditions.js';
import { safeLink, studioLink, withParams } from '../rules/links.js';
import { stringsFor } from '../rules/strings.js';
import type { AddOn, Answers, Plan, Rules, Session, Technique, Tip } from '../rules/types.js';

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

const emptyResult = (answers: Answers): Recommendation => ({
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
});

const applies = (item: { when?: Plan['when'] }, answers: Answers) => !item.when || holds(item.when, answers);
const texts = (tips: Tip[] | undefined, answers: Answers) => (tips ?? []).filter((tip) => applies(tip, answers)).map((tip) => tip.text);

/**
 * Highest score first. A tie goes to the gentler item, one without deep pressure before one with (a visitor
 * who fits both equally starts gently, as the articles advise), and then to the rules file's order, so
 * results are deterministic.
 */
function ranked<T extends { id: string; deep?: boolean }>(items: T[], scores: Map<string, number>, reasons: Map<string, string[]>) {
  return items
    .map((item, index) => ({ item: { ...item, score: scores.get(item.id) ?? 0, reasons: reasons.get(item.id) ?? [] }, index }))
    .sort((a, b) => b.item.score - a.item.score || +!!a.item.deep - +!!b.item.deep || a.index - b.index)
    .map(({ item }) => item);
}

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
  const answers = cleanAnswers(rules, rawAnswers);
  const result = emptyResult(answers);
  const text = stringsFor(rules.strings);

  const firedSafety = (rules.safety ?? []).filter((rule) => holds(rule.when, answers));
  result.fired.push(...firedSafety.map((rule) => rule.id));
  const emergency = firedSafety.find((rule) => rule.action === 'emergency');
  const referral = firedSafety.find((rule) => rule.action === 'refer');
  if (emergency || referral || redFlagsIn(rules, answers).length) {
    result.urgent = !!emergency;
    result.message = (emergency ?? referral)?.message ?? text('referMessage');
    return result;
  }

  const exclusions = firedSafety.filter((rule) => rule.action === 'exclude');
  const excluded = new Set(exclusions.flatMap((rule) => rule.exclude ?? []));
  // Fail safe: deep pressure needs every shown red-flag question answered, and an exclusion naming no known
  // technique or add-on (a typo) excludes every deep-pressure technique.
  const unscreened = visibleQuestions(rules, answers).some(
    (q) => q.type !== 'scale' && !Object.hasOwn(answers, q.id) && q.options.some((o) => o.redFlag),
  );
  const known = (id: string) => rules.techniques.some((t) => t.id === id) || (rules.addOns ?? []).some((a) => a.id === id);
  if (unscreened || [...excluded].some((id) => !known(id))) rules.techniques.forEach((t) => t.deep && excluded.add(t.id));
  const scores = new Map<string, number>();
  const reasons = new Map<string, string[]>();
  for (const rule of rules.rules) {
    if (!holds(rule.when, answers)) continue;
    result.fired.push(rule.id);
    for (const [id, points] of Object.entries(rule.score)) {
      if (typeof points !== 'number' || !isFinite(points)) continue;
      scores.set(id, (scores.get(id) ?? 0) + points);
      const list = reasons.get(id) ?? [];
      if (points > 0 && !list.includes(rule.reason)) reasons.set(id, [...list, rule.reason]);
    }
  }

  const addOns = ranked(rules.addOns ?? [], scores, reasons).filter((addOn) => addOn.score > 0 && !excluded.has(addOn.id));
  const params = addOns.flatMap((addOn) => Object.entries(addOn.bookingParams ?? {}));
  /**
   * The link to book a technique (a session of it): the session's own or the technique's, with the add-ons'
   * parameters, else the studio's, which also names the technique and the session's minutes (see `studioLink`).
   */
  const linkFor = (technique: Technique, session?: Session) => {
    const own = safeLink(session?.bookingUrl) ?? safeLink(technique.bookingUrl);
    const studio = safeLink(options.bookingUrl) ?? safeLink(rules.studio?.bookingUrl);
    return own
      ? withParams(own, params)
      : studio &&
          studioLink(
            studio,
            technique.id,
            session?.minutes,
            addOns.map((addOn) => addOn.id),
            params,
          );
  };
  /** A technique's sessions (`sessions`, or one per `sessionMinutes` length), each with its price and link. */
  const bookable = (technique: Technique & { score: number; reasons: string[] }): RecommendedTechnique => ({
    ...technique,
    sessions: (technique.sessions ?? (technique.sessionMinutes ?? []).map((minutes): Session => ({ minutes }))).map((session) => ({
      ...session,
      price: session.price ?? technique.price,
      bookingUrl: linkFor(technique, session),
    })),
  });
  const candidates = ranked(rules.techniques, scores, reasons).filter((technique) => !excluded.has(technique.id));
  result.excluded = [...rules.techniques, ...(rules.addOns ?? [])].filter((item) => excluded.has(item.id)).map((item) => item.id);
  if (!candidates.length) {
    result.message = exclusions[0]?.message ?? text('referMessage');
    return result;
  }
  // With nothing in favour of any technique, start gently rather than deep.
  const top = candidates[0].score > 0 ? candidates[0] : (candidates.find((technique) => !technique.deep) ?? candidates[0]);
  result.status = 'recommended';
  result.message = exclusions.map((rule) => rule.message).join(' ') || null;
  result.technique = bookable(top);
  result.reasons = top.reasons.length ? top.reasons : [text('defaultReason')];
  result.alternatives = candidates
    .filter((technique) => technique !== top && technique.score > 0)
    .slice(0, 2)
    .map(bookable);
  result.addOns = addOns;
  result.plan = (rules.plans ?? []).find((plan) => applies(plan, answers)) ?? null;
  result.aftercare = texts(rules.aftercare, answers);
  result.cautions = texts(rules.cautions, answers);
  result.bookingUrl = result.technique.sessions[0]?.bookingUrl ?? linkFor(top);
  return result;
}
