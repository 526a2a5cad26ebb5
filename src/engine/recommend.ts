import { walk } from '../rules/answers.js';
import { asList } from '../rules/list.js';
import { once } from '../rules/own.js';
import { safeLink, studioLink, withParams } from '../rules/links.js';
import { stringsFor } from '../rules/strings.js';
import type { AddOn, Answers, Condition, Plan, Rules, Session, Technique, Tip } from '../rules/types.js';

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
 *
 * What it reads of a rules file is prepared once and kept while the file's objects live (per `questions` array,
 * `rules` array and condition): a file changed in place after a first call must be passed as a new object
 * (`structuredClone(rules)`), as the element's loader and the rules editor do for each version of a file.
 */
export function recommend(rules: Rules, rawAnswers: unknown, options: RecommendOptions = {}): Recommendation {
  const [answers, , masks, test, memo, flagged, unscreened] = walk(rules, rawAnswers);
  const applies = (item: { when?: Condition }) => !item.when || test(item.when)(masks);
  const firedSafety = (rules.safety ?? []).filter(applies);
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
    fired: firedSafety.map((rule) => rule.id),
    answers,
  };
  const text = stringsFor(rules.strings);
  const texts = (tips: Tip[] | undefined) => (tips ?? []).filter(applies).map((tip) => tip.text);

  // An emergency rule wins over a referral: its message is urgent-care advice.
  const referral = firedSafety.find((rule) => rule.action === 'emergency') ?? firedSafety.find((rule) => rule.action === 'refer');
  if (referral || flagged) {
    result.urgent = referral?.action === 'emergency';
    result.message = referral?.message ?? text('referMessage');
    return result;
  }

  const exclusions = firedSafety.filter((rule) => rule.action === 'exclude');
  // Loops, not `flatMap` (V8's takes about 0.2 µs an item: a fifth of the built-in rules' time went to such calls) nor
  // `concat(...lists)` (an unchecked file with 300,000 exclusions overflowed the stack).
  const excluded = new Set<string>();
  for (const rule of exclusions) for (const id of asList(rule.exclude ?? [])) excluded.add(id as string);
  // Fail safe: deep pressure needs every shown red-flag question answered, and an exclusion naming no known
  // technique or add-on (a typo) excludes every deep-pressure technique.
  const ids = [...rules.techniques, ...(rules.addOns ?? [])].map((item) => item.id);
  if (unscreened || [...excluded].some((id) => !ids.includes(id))) rules.techniques.forEach((t) => t.deep && excluded.add(t.id));
  // The scoring rules prepared once for the file (kept with its prepared conditions): the item ids they score, and
  // each rule's test, its points (its own entries whose points are finite numbers, each by its id's place, with the
  // mark shared by every point of that id and reason in the file, kept in the memo under "place:reason") and the rule.
  const [names, scoring] = once(memo, rules.rules, (list: Rules['rules']) => {
    const names: string[] = [];
    return [
      names,
      list.map((rule) => [
        test(rule.when),
        Object.entries(rule.score)
          .filter(([, points]) => Number.isFinite(points))
          .map(([id, points], at) => [
            (at = (names.indexOf(id) + 1 || names.push(id)) - 1), // `at` is the id's place, not the entry's
            points,
            once(memo, (at + ':' + rule.reason) as any, () => []),
          ]),
        rule,
      ]),
    ];
  }) as [string[], [(masks: number[]) => unknown, [number, number, unknown[]][], Rules['rules'][number]][]];
  // The hot loop: one prepared test per rule, nothing allocated for a rule that does not fire, an array slot per score
  // (a map look-up took half the time at 1,000 rules); each item's reasons as they came, each once (marked as it
  // comes: a Set of each returned item's reasons took a sixth of the time at 1,000 rules).
  const scores = names.map(() => 0);
  const why = names.map((): string[] => []);
  // Indexed, not destructured: `for (const [a, b] of …)` runs the iterator protocol per entry (1,000 rules: ~15% slower).
  for (const entry of scoring) {
    if (!entry[0](masks)) continue;
    result.fired.push(entry[2].id);
    for (const point of entry[1]) {
      scores[point[0]] += point[1];
      // A reason is kept once per item: its mark for this item is set to this call's `why` the first time.
      if (point[1] > 0 && point[2][0] !== why) {
        point[2][0] = why;
        why[point[0]].push(entry[2].reason);
      }
    }
  }

  // Only what is returned gets its own copy with `score` and `reasons` (Object.assign: Node 20's object spread
  // takes a slow path for these objects, several µs each).
  // Set one by one on the copy: a third object for Object.assign to read made it half as slow again.
  const copy = <T extends { id: string }>({ item, score }: { item: T; score: number }) => {
    const copied = Object.assign({}, item) as T & { score: number; reasons: string[] };
    copied.score = score;
    copied.reasons = why[names.indexOf(item.id)] ?? [];
    return copied;
  };
  /**
   * The items not excluded that score more than `least`, highest score first. A tie goes to the gentler item, one
   * without deep pressure before one with (a visitor who fits both equally starts gently, as the articles advise), and
   * then to the rules file's order, so results are deterministic.
   */
  const ranked = <T extends { id: string; deep?: boolean }>(items: T[], least: number) =>
    items
      .map((item) => ({ item, score: scores[names.indexOf(item.id)] ?? 0 }))
      .filter(({ item, score }) => score > least && !excluded.has(item.id))
      .sort((a, b) => b.score - a.score || (!!a.item.deep as any) - (!!b.item.deep as any)); // a stable sort keeps the file's order
  const chosen = ranked(rules.addOns ?? [], 0);
  const addOns = chosen.map(copy);
  // Optional fields are read from the rules' items, not from the copies: the copies are plain objects, and on a page
  // that sets Object.prototype.bookingUrl or .price an item without one would inherit it (the widget's rules inherit
  // nothing). A session made from `sessionMinutes` is made with its own `price` and `bookingUrl` for the same reason.
  const params: [string, string][] = [];
  for (const { item } of chosen) for (const pair of Object.entries(item.bookingParams ?? {})) params.push(pair);
  /**
   * The link to book a technique (a session of it): the session's own or the technique's, with the add-ons'
   * parameters, else the studio's, which also names the technique and the session's minutes (see `studioLink`).
   */
  const studio = safeLink(options.bookingUrl) ?? safeLink(rules.studio?.bookingUrl);
  const linkFor = (technique: { id: string; bookingUrl?: string }, minutes?: number, link?: string) => {
    const own = safeLink(link) ?? safeLink(technique.bookingUrl);
    return own
      ? withParams(own, params)
      : studio &&
          studioLink(
            studio,
            technique.id,
            minutes,
            addOns.map((addOn) => addOn.id),
            params,
          );
  };
  /** A technique's copy with its sessions (`sessions`, or one per `sessionMinutes` length), each with its price and link. */
  const bookable = (entry: { item: Technique; score: number }) => {
    const item = entry.item;
    const copied = copy(entry) as RecommendedTechnique;
    copied.sessions =
      item.sessions?.map((session) =>
        Object.assign({}, session, { price: session.price ?? item.price, bookingUrl: linkFor(item, session.minutes, session.bookingUrl) }),
      ) ?? (item.sessionMinutes ?? []).map((minutes) => ({ minutes, price: item.price, bookingUrl: linkFor(item, minutes) }));
    return copied;
  };
  const candidates = ranked(rules.techniques, -Infinity); // every technique not excluded (but one whose points sum past -Number.MAX_VALUE)
  result.excluded = ids.filter((id) => excluded.has(id));
  if (!candidates.length) {
    result.message = exclusions[0]?.message ?? text('referMessage');
    return result;
  }
  // The highest-scoring technique; when none scores above 0 (the first does not, so none does), the first gentle one:
  // with nothing in favour of any technique, start gently rather than deep.
  const best = candidates.find(({ item, score }) => score > 0 || !item.deep) ?? candidates[0];
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
