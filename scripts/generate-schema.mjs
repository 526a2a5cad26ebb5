// Generates rules/rules.schema.json from the TypeScript types in src/rules/types.ts.
// `node scripts/generate-schema.mjs --stdout` prints it instead (the drift test uses that).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';

const root = new URL('../', import.meta.url);
const typesFile = fileURLToPath(new URL('src/rules/types.ts', root));

export function generateSchema() {
  const program = TJS.getProgramFromFiles([typesFile], { strictNullChecks: true, skipLibCheck: true });
  const schema = TJS.generateSchema(program, 'RulesFile', {
    required: true,
    noExtraProps: true,
    strictNullChecks: true,
    ref: true,
    aliasRef: false,
    topRef: false,
    ignoreErrors: false,
  });
  if (!schema) throw new Error('typescript-json-schema produced no schema');
  schema.$id = 'https://unpkg.com/massage-selector/rules/rules.schema.json';
  schema.title = 'massage-selector rules file';
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generateSchema();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    writeFileSync(new URL('rules/rules.schema.json', root), text);
    console.log('wrote rules/rules.schema.json');
  }
}
