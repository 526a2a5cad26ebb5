import type { RulesProblem } from '../validate/errors.js';
import { own } from './own.js';
import type { Rules, RulesExtension } from './types.js';

/** Rules built from the built-in rules and a file that extends them, with what could not be applied. */
export interface ExtendedRules {
  /** The built-in rules with the file's changes applied. */
  rules: Rules;
  /** Changes naming an id the built-in rules do not have, each at its path in the extending file. */
  problems: RulesProblem[];
}

type Changes = Array<{ id: string; options?: Array<{ id: string }> }> | undefined;

/**
 * Applies a rules file with `"extends": "default"` to the built-in rules: the studio and strings are merged,
 * `lang` and `examples` replaced, and each question, option, technique and add-on the file names by id gets
 * the fields it gives. Pure: neither input is changed. The file is assumed to match the schema already.
 */
export function extendRules(base: Rules, change: RulesExtension): ExtendedRules {
  const problems: RulesProblem[] = [];
  const rules: Rules = {
    ...base,
    lang: change.lang ?? base.lang,
    studio: { ...base.studio, ...change.studio },
    strings: { ...base.strings, ...change.strings },
    examples: change.examples,
  };
  /** Copies `items`, with each change laid over the item of its id (options likewise, one level down). */
  function apply<T extends { id: string }>(items: T[], changes: Changes, from: string, noun: string): T[] {
    const merged = items.slice();
    changes?.forEach((entry, i) => {
      const { id, options: _, ...fields } = entry;
      const options = own(entry, 'options');
      const index = merged.findIndex((item) => item.id === id);
      if (index < 0) {
        problems.push({ path: `${from}/${i}/id`, message: `the built-in rules have no ${noun} "${id}"` });
        return;
      }
      const item = { ...merged[index], ...fields } as T & { options?: Array<{ id: string }> };
      const before = own(item, 'options');
      if (options && before) item.options = apply(before, options, `${from}/${i}/options`, `option of "${id}"`);
      merged[index] = item;
    });
    return merged;
  }
  rules.questions = apply(base.questions, own(change, 'questions'), '/questions', 'question');
  rules.techniques = apply(base.techniques, own(change, 'techniques'), '/techniques', 'technique');
  rules.addOns = apply(base.addOns ?? [], own(change, 'addOns'), '/addOns', 'add-on');
  return { rules, problems };
}
