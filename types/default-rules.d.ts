// Types for `import rules from 'massage-selector/rules/default.json' with { type: 'json' }`: the built-in rules as `Rules`.
import type { Rules } from '../lib/index.js';

declare const rules: Rules;
export default rules;
