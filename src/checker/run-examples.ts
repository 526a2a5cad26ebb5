import { recommend } from '../engine/recommend.js';
import type { Example, Rules } from '../rules/types.js';

/** How one of a rules file's `examples` turned out. */
export interface ExampleOutcome {
  /** The example's name. */
  name: string;
  /** Its index in `examples`, for the JSON pointer `/examples/{index}`. */
  index: number;
  /** Whether the outcome and the add-ons are as expected. */
  passed: boolean;
  /** The expected outcome: a technique id, `refer` or `emergency`. */
  expected: string;
  /** What the engine gave: a technique id, `refer` or `emergency`. */
  actual: string;
  /** Expected add-ons that were not recommended. */
  missingAddOns: string[];
  /** The add-ons that were recommended. */
  addOns: string[];
  /** Ids of the safety and scoring rules that fired, in order. */
  fired: string[];
}

/** The outcome of one set of answers as an example names it: a technique id, `refer` or `emergency`. */
function outcomeOf(result: ReturnType<typeof recommend>): string {
  return result.technique?.id ?? (result.urgent ? 'emergency' : 'refer');
}

/** Runs one example through the engine and compares the outcome with what it expects. */
export function runExample(rules: Rules, example: Example, index: number): ExampleOutcome {
  const result = recommend(rules, example.answers);
  const actual = outcomeOf(result);
  const addOns = result.addOns.map((addOn) => addOn.id);
  const missingAddOns = (example.expectAddOns ?? []).filter((id) => !addOns.includes(id));
  const passed = actual === example.expect && !missingAddOns.length;
  return { name: example.name, index, passed, expected: example.expect, actual, missingAddOns, addOns, fired: result.fired };
}

/** Runs every example of a valid rules file (see `validateRules`) and reports each outcome. */
export function runExamples(rules: Rules): ExampleOutcome[] {
  return (rules.examples ?? []).map((example, index) => runExample(rules, example, index));
}
