import type { Strings } from './types.js';

/** The English interface text; a rules file's `strings` override any of these. */
export const defaultStrings: Required<Strings> = {
  title: 'Tell us about your spasms',
  progress: 'Step {step} of {total}',
  next: 'Next',
  back: 'Back',
  finish: 'See my recommendation',
  required: 'Please choose an answer to continue.',
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
  referMessage:
    'Something you told us means massage may not be safe for you right now. Please talk to your doctor or a physical therapist first; we will be glad to see you once they have cleared you.',
  emergencyHeading: 'Get medical help now',
  defaultReason: 'A gentle, all-round massage is a good place to start.',
  loading: 'Loading…',
  errorHeading: 'The massage selector is taking a break',
  errorMessage: 'Please try again in a moment, or contact the studio to book.',
  tryAgain: 'Try again',
};

/** The strings in force: the rules file's, falling back to the defaults; `{name}` placeholders filled in. */
export function stringsFor(overrides: Strings | undefined) {
  const strings = { ...defaultStrings, ...overrides };
  return (key: keyof Strings, values: Record<string, string | number> = {}): string =>
    String(strings[key]).replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
