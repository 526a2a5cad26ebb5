import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRulesText } from '../../lib/index.js';
import { escapeCodes, longUnknownKey, screenedRules } from '../fixtures/hostile/round-2.mjs';

// Findings 10–12 of the second hardening round: the CLI against hostile files, special files and big reports.
const root = new URL('../../', import.meta.url);
const command = new URL('bin/massage-selector.js', root).pathname;
const folder = mkdtempSync(join(tmpdir(), 'massage-selector-cli-hardening-'));
const defaultText = readFileSync(new URL('rules/default.json', root), 'utf8');

/** Runs the CLI in `folder` (with `input` on standard input); resolves with its exit code and output. */
function run(args, input) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [command, ...args], { cwd: folder, timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.killed ? 'killed' : error.code) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}
const write = (name, text) => (writeFileSync(join(folder, name), text), name);
// Every C0 and C1 control character, and the bidirectional overrides, but the line breaks between lines.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('finding 10: escape codes in property names and example names are printed escaped, and the summary stands', async () => {
  const rules = screenedRules();
  rules.studio[`x${escapeCodes}`] = 1;
  const unknown = write('escapes.json', JSON.stringify(rules, null, 2));
  const first = await run(['check', unknown]);
  assert.equal(first.code, 1);
  assert.doesNotMatch(first.stdout, control);
  assert.match(first.stdout, /"x\\u001b\[2J\\u001b\[H\\u001b\[32mall good\\u001b\[0m\\u000d\\u0007\\u009b31m" is not a known property/);
  assert.match(first.stdout, /^escapes\.json: 1 problem; the examples run once the file is valid$/m);
  const failing = screenedRules();
  failing.examples = [
    { name: `fails${escapeCodes}\u202eevil`, answers: { health: ['none'], pain: 'back', mood: 'calm' }, expect: 'swedish' },
  ];
  const example = write('example-escapes.json', JSON.stringify(failing, null, 2));
  const second = await run(['check', example]);
  assert.equal(second.code, 1);
  assert.doesNotMatch(second.stdout, control);
  assert.match(second.stdout, /example "fails\\u001b\[2J.*\\u202eevil" fails/);
  assert.match(second.stdout, /^example-escapes\.json: valid; 0 of 1 example pass$/m);
});

test('finding 11: a device, a folder and a FIFO are refused without reading them', async () => {
  const fifo = join(folder, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  for (const [file, shown] of [
    ['/dev/zero', '/dev/zero'],
    [folder, folder],
    ['pipe.json', 'pipe.json'],
  ]) {
    const { code, stdout } = await run(['check', file]);
    assert.equal(code, 1, file);
    assert.equal(stdout, `${shown}: not a regular file (a folder, device or pipe); name a rules file\n`);
  }
});

test('finding 11: a file over the cap is refused from its size alone (a 3 GB sparse file, at once)', async () => {
  const big = join(folder, 'big.json');
  writeFileSync(big, '');
  truncateSync(big, 3 * 1024 ** 3);
  const started = Date.now();
  const { code, stdout } = await run(['check', 'big.json']);
  assert.equal(code, 1);
  assert.equal(stdout, 'big.json: the file is 3,221,225,472 bytes; the widget refuses rules files over 512,000\n');
  assert.ok(Date.now() - started < 15_000, 'not read');
});

test('finding 11: check - reads standard input, and stops reading past the cap', async () => {
  const valid = await run(['check', '-'], defaultText);
  assert.equal(valid.code, 0);
  assert.match(valid.stdout, /^-: valid; (\d+) of \1 examples pass\n$/);
  const broken = await run(['check', '-'], '{"version": 1');
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /^-:1:14 {2}\/ {2}not valid JSON/);
  // An endless input (yes(1) would do): the CLI stops once it has seen more than the cap.
  const endless = spawn(process.execPath, [command, 'check', '-'], { cwd: folder });
  let stdout = '';
  endless.stdout.on('data', (chunk) => (stdout += chunk));
  const chunk = Buffer.alloc(64 * 1024, ' ');
  const feed = () => endless.stdin.writable && endless.stdin.write(chunk, () => setImmediate(feed));
  endless.stdin.on('error', () => {}); // the CLI closes its end: EPIPE
  feed();
  const code = await new Promise((resolve) => endless.on('close', resolve));
  assert.equal(code, 1);
  assert.equal(stdout, '-: more than 512,000 bytes on standard input; the widget refuses rules files over that\n');
});

test('finding 12: 36,000 problems, each with its own line and column', () => {
  const rules = screenedRules();
  rules.studio = Object.fromEntries(Array.from({ length: 36_000 }, (_, i) => [`k${i}`, 0]));
  const text = JSON.stringify(rules, null, 1).replace(/\n\s*"k/g, '\n"k');
  assert.ok(text.length < 512_000);
  const started = performance.now();
  const check = checkRulesText(text);
  // A guard against the old rescan of the file for every problem (16 s on this machine), not a benchmark:
  // one scan and a binary search per problem take about 1.5 s here even with every core busy.
  assert.ok(performance.now() - started < 10_000, 'line and column are not found by rescanning the file');
  assert.equal(check.errors.length, 36_000);
  const lines = text.split('\n');
  for (const i of [0, 1, 17_999, 35_999]) {
    const problem = check.errors.find((error) => error.path === `/studio/k${i}`);
    assert.equal(problem.message, `"k${i}" is not a known property`);
    assert.equal(lines[problem.line - 1].slice(problem.column - 1), `"k${i}": 0,`.slice(0, i === 35_999 ? -1 : undefined));
  }
});

test('finding 12: a 100,000-character unknown key is named, with no suggestion searched for it', () => {
  const check = checkRulesText(longUnknownKey(100_000));
  const problem = check.errors.find((error) => error.path.startsWith('/rules/0/score/'));
  assert.equal(problem.message, `unknown technique or add-on "${'x'.repeat(100_000)}"`);
  // A near miss of normal length still gets its suggestion.
  const near = screenedRules();
  near.rules[0].score = { 'deep-tisue': 1 };
  const messages = checkRulesText(JSON.stringify(near)).errors.map((error) => error.message);
  assert.ok(messages.includes('unknown technique or add-on "deep-tisue" (did you mean "deep-tissue"?)'), messages.join('\n'));
});
