// Prints the size of dist/massage-selector.js (raw, minified, gzip, brotli) and where its bytes go;
// with --check, fails when it is over the hard budget in package.json ("sizeBudget").
//
// The breakdown follows the bundle's source map: each minified character is counted for the source file
// it came from, the characters of each part are gzipped on their own, and the total gzip size is shared
// out in proportion (gzip finds repeats across parts, so the standalone figures add up to more).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const root = new URL('../', import.meta.url);
const { sizeBudget } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const code = readFileSync(new URL(sizeBudget.file, root), 'utf8');
const gzipOf = (text) => gzipSync(text, { level: 9 }).length;

/** The parts of the bundle, by the source file a character came from (first match wins). */
const parts = [
  ['lit-html', /node_modules\/lit-html\//],
  ['default rules', /generated\/default-rules/],
  ['in-bundle validator', /generated\/schema-validator|\/validate\//],
  ['styles', /massage-selector\.styles/],
  ['element and templates', /\/element\/|\/massage-selector\.js|\/define\.js/],
  ['engine and rules logic', /\/engine\/|\/rules\//],
  ['loader', /\/load\//],
];

/** The minified text of each part, from the source map. */
export function breakdown(text, map) {
  const lines = text.split('\n');
  const byPart = new Map(parts.map(([name]) => [name, '']).concat([['unattributed', '']]));
  const segments = [];
  eachMapping(new TraceMap(map), (m) => segments.push(m));
  segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    const line = lines[segment.generatedLine - 1];
    const end = next && next.generatedLine === segment.generatedLine ? next.generatedColumn : line.length;
    const part = (segment.source && parts.find(([, pattern]) => pattern.test(segment.source))?.[0]) || 'unattributed';
    byPart.set(part, byPart.get(part) + line.slice(segment.generatedColumn, end));
  });
  return byPart;
}

const gzip = gzipOf(code);
const brotli = brotliCompressSync(code).length;
console.log(
  `${sizeBudget.file}: ${Buffer.byteLength(code)} bytes minified, ${gzip} bytes gzip, ${brotli} bytes brotli ` +
    `(hard budget ${sizeBudget.gzip} gzip, goal ${sizeBudget.goal})`,
);

let map;
try {
  map = JSON.parse(readFileSync(new URL(`${sizeBudget.file}.map`, root), 'utf8'));
} catch {
  console.log('(no source map next to the bundle: run `npm run build` for the breakdown)');
}
if (map) {
  const byPart = breakdown(code, map);
  const standalone = new Map([...byPart].map(([name, text]) => [name, text ? gzipOf(text) : 0]));
  const sum = [...standalone.values()].reduce((a, b) => a + b, 0);
  const rows = [...byPart].map(([name, text]) => [
    name,
    Buffer.byteLength(text),
    standalone.get(name),
    Math.round((gzip * standalone.get(name)) / sum),
  ]);
  const pad = (value, width) => String(value).padStart(width);
  console.log(`\n${'part'.padEnd(24)}${pad('minified', 10)}${pad('gzip alone', 12)}${pad('share of gzip', 15)}`);
  for (const [name, minified, alone, share] of rows)
    console.log(`${name.padEnd(24)}${pad(minified, 10)}${pad(alone, 12)}${pad(share, 15)}`);
}

// The README quotes the gzip size: `--readme` writes the figure in, `--check` fails when it is more than 50 B off.
const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const quoted = /\*\*([\d,]+) bytes gzip\*\*/.exec(readme);
if (process.argv.includes('--readme')) {
  writeFileSync(readmeUrl, readme.replace(/\*\*[\d,]+ bytes gzip\*\*/, `**${gzip.toLocaleString('en')} bytes gzip**`));
  console.log(`README.md now quotes ${gzip.toLocaleString('en')} bytes gzip`);
}

if (process.argv.includes('--check')) {
  const said = quoted ? Number(quoted[1].replace(/,/g, '')) : NaN;
  if (!(Math.abs(said - gzip) <= 50)) {
    console.error(
      `size check failed: README.md quotes ${quoted?.[1] ?? 'no'} bytes gzip, the build is ${gzip}: run \`npm run size -- --readme\``,
    );
    process.exit(1);
  }
  if (gzip > sizeBudget.gzip) {
    console.error(`size check failed: ${gzip} bytes gzip is over the ${sizeBudget.gzip}-byte budget by ${gzip - sizeBudget.gzip}`);
    process.exit(1);
  }
  console.log(
    `\nsize check passed: ${sizeBudget.gzip - gzip} bytes under the hard budget; goal ${sizeBudget.goal} (${gzip - sizeBudget.goal > 0 ? `${gzip - sizeBudget.goal} over` : `${sizeBudget.goal - gzip} under`})`,
  );
}
