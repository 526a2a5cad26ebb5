import { own } from './own.js';
import type { Strings } from './types.js';

/** The English interface text; a rules file's `strings` override any of these. */
export const defaultStrings: Required<Strings> = {
  title: 'Tell us about your spasms',
  progress: 'Step {step} of {total}',
  next: 'Next',
  back: 'Back',
  finish: 'See my recommendation',
  required: 'Please choose an answer.',
  resultHeading: 'Your Recommended Technique',
  why: 'Why this technique',
  pressure: 'Depth of pressure',
  target: 'Primary target',
  bestFor: 'Best for',
  session: 'Session: {minutes} minutes',
  alternatives: 'Also worth a look',
  addOns: 'Recommended add-ons',
  plan: 'How often to book',
  aftercare: 'Aftercare Tips',
  cautions: 'When massage might not be enough',
  book: 'Book this massage',
  startOver: 'Start over',
  referHeading: 'Please see a doctor first',
  referMessage: 'Massage may not be safe for you right now. Please see your doctor first.',
  emergencyHeading: 'Get medical help now',
  defaultReason: 'Gentle massage is a good start.',
  loading: 'Loading…',
  errorHeading: 'The massage selector is taking a break',
  errorMessage: 'Please try again, or contact the studio.',
  tryAgain: 'Try again',
};

/**
 * The strings in force: the rules file's, falling back to the defaults; `{name}` placeholders filled in. Only
 * text counts: an invalid file's fallback still reads its `strings`, which may hold anything.
 */
export function stringsFor(overrides: Strings | undefined) {
  return (key: keyof Strings, values: Record<string, string | number> = {}): string => {
    const given = own(overrides, key);
    return (typeof given === 'string' ? given : defaultStrings[key]).replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : match,
    );
  };
}
