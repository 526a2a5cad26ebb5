// Prints the size of dist/massage-selector.js (minified and gzip); with --check, fails when over budget.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const budget = 14_000; // bytes gzip, Lit and the default rules included
const goal = 12_000;
const code = readFileSync(new URL('../dist/massage-selector.js', import.meta.url));
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code).length;
console.log(
  `dist/massage-selector.js: ${code.length} bytes minified, ${gzip} bytes gzip, ${brotli} bytes brotli (budget ${budget} gzip, goal ${goal})`,
);
if (process.argv.includes('--check')) {
  if (gzip > budget) {
    console.error(`size check failed: ${gzip} bytes gzip is over the ${budget}-byte budget by ${gzip - budget}`);
    process.exit(1);
  }
  console.log(`size check passed: ${budget - gzip} bytes under budget`);
}
