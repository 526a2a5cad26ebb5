import { median } from './engines.mjs';

/**
 * Parse + check of rules files, ms per file set: the widget's own check (`parseRules`), the checker's
 * `validateRules` (where given) and Ajv compiled from the same schema (JSON.parse + validate). Each entry of
 * `texts` is a list of file texts checked together (1,000 rules are two 500-rule files: the format's cap).
 */
export function benchValidator({ schema, texts, rounds = 5, Ajv, parseRules, validateRules, now }) {
  const ajv = new Ajv({ strict: false, allErrors: false });
  const validate = ajv.compile(schema);
  const rows = [];
  for (const [label, files] of texts) {
    const ways = {
      'parse + checkRules (widget)': () => files.forEach((text) => parseRules(text)),
      'JSON.parse + Ajv': () =>
        files.forEach((text) => {
          if (!validate(JSON.parse(text))) throw new Error(`Ajv rejects the ${label} file: ${JSON.stringify(validate.errors)}`);
        }),
    };
    if (validateRules) ways['parse + validateRules (checker)'] = () => files.forEach((text) => validateRules(JSON.parse(text))); // the seeded files have warnings of meaning (rules that overlap); timed all the same
    const samples = Object.fromEntries(Object.keys(ways).map((name) => [name, []]));
    const ratio = [];
    for (let round = 0; round < rounds; round++) {
      for (const [name, run] of Object.entries(ways)) {
        let calls = 0;
        const start = now();
        do {
          run();
          calls++;
        } while (now() - start < 200);
        samples[name].push((now() - start) / calls);
      }
      ratio.push(samples['parse + checkRules (widget)'][round] / samples['JSON.parse + Ajv'][round]);
    }
    rows.push({
      file: label,
      bytes: files.reduce((sum, text) => sum + text.length, 0),
      ms: Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)])),
      ratio: median(ratio),
    });
  }
  return rows;
}
