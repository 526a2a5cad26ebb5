import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The command a spa owner runs: `npx massage-selector check my-rules.json`, spawned for real from the
// package's "bin", with the network cut off so that a test fails if the checker ever reaches for it.
const root = new URL('../../', import.meta.url);
const { bin } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const command = new URL(bin['massage-selector'], root).pathname;
const offline = `data:text/javascript,${encodeURIComponent(
  "import net from 'node:net'; const cut = () => { throw new Error('the checker used the network'); }; globalThis.fetch = cut; net.Socket.prototype.connect = cut;",
)}`;
const folder = mkdtempSync(join(tmpdir(), 'massage-selector-cli-'));
const defaultText = readFileSync(new URL('rules/default.json', root), 'utf8');

/** Runs the CLI in `folder`; resolves with its exit code and output. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', offline, command, ...args], { cwd: folder }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** Writes a rules file into the test folder, returning its name. */
function write(name, text) {
  writeFileSync(join(folder, name), text);
  return name;
}

test('a valid rules file: exit 0, and its examples pass', async () => {
  const file = write('default.json', defaultText);
  const { code, stdout, stderr } = await run('check', file);
  const count = JSON.parse(defaultText).examples.length;
  assert.equal(stdout, `default.json: valid; ${count} of ${count} examples pass\n`);
  assert.equal(stderr, '');
  assert.equal(code, 0);
});

test('a broken rules file: exit 1, each problem as file:line:col  path  message', async () => {
  const broken = defaultText
    .replace('"id": "ashiatsu"', '"id": "ashiatsu",\n      "prise": "from $120"')
    .replace('"question": "pressure"', '"question": "presure"');
  const file = write('broken.json', broken);
  const lines = broken.split('\n');
  const lineOf = (needle) => lines.findIndex((line) => line.includes(needle)) + 1;
  const { code, stdout } = await run('check', file);
  assert.equal(code, 1);
  assert.equal(
    stdout,
    [
      `broken.json:${lineOf('"prise"')}:7  /techniques/4/prise  "prise" is not a known property (did you mean "price"?)`,
      'broken.json: 1 problem; the examples run once the file is valid',
      '',
    ].join('\n'),
  );
  // With the shape fixed, the meaning is checked: the misspelt question, with its place.
  const meaning = write('meaning.json', defaultText.replace('"question": "pressure"', '"question": "presure"'));
  const second = await run('check', meaning);
  const at = defaultText.split('\n').findIndex((line) => line.includes('"question": "pressure"')) + 1;
  assert.match(
    second.stdout,
    new RegExp(
      `^meaning\\.json:${at}:\\d+  /rules/\\d+/when(/\\w+/\\d+)*/question  unknown question "presure" \\(did you mean "pressure"\\?\\)$`,
      'm',
    ),
  );
  assert.equal(second.code, 1);
});

test('a JSON syntax error: exit 1 with the line and column where the comma is missing', async () => {
  const file = write('comma.json', '{\n  "version": 1\n  "questions": []\n}\n');
  const { code, stdout } = await run('check', file);
  assert.equal(
    stdout,
    'comma.json:2:15  /  not valid JSON: expected "," or "}" after a property, found "questions": is a comma missing here?\ncomma.json: 1 problem; the examples run once the file is valid\n',
  );
  assert.equal(code, 1);
});

test('a failing example: exit 1, with the expected and actual outcome and the rules that fired', async () => {
  const rules = JSON.parse(defaultText);
  const example = {
    name: 'A knot, but I expect Swedish',
    answers: { safety: ['none'], area: ['upper-back'], feel: ['knot'], pressure: 'medium' },
    expect: 'swedish',
    expectAddOns: ['cbd-oil'],
  };
  rules.examples = [rules.examples[0], example];
  const text = JSON.stringify(rules, null, 2);
  const file = write('failing.json', text);
  const { code, stdout } = await run('check', file);
  const line = text.split('\n').findIndex((row) => row.includes('"A knot, but I expect Swedish"'));
  assert.equal(
    stdout,
    [
      `failing.json:${line}:5  /examples/1  example "A knot, but I expect Swedish" fails`,
      '    expected: swedish',
      '    actual:   trigger-point',
      '    expected add-ons: cbd-oil (not recommended); actual add-ons: (none)',
      '    rules that fired: sharp-knot',
      'failing.json: valid; 1 of 2 examples pass',
      '',
    ].join('\n'),
  );
  assert.equal(code, 1);
});

test('several files: every one is reported, and one bad file makes the exit code 1', async () => {
  const good = write('good.json', defaultText);
  const { code, stdout } = await run('check', good, 'missing.json');
  assert.match(stdout, /^good\.json: valid; /m);
  assert.match(stdout, /^missing\.json: cannot read the file \(no such file\)$/m);
  assert.equal(code, 1);
});

test('--help explains the command and exits 0; a usage mistake exits 2', async () => {
  const help = await run('--help');
  assert.match(help.stdout, /^Usage: massage-selector check <rules\.json> \[more\.json \.\.\.\]/);
  assert.match(help.stdout, /works offline/);
  assert.equal(help.code, 0);
  const mistake = await run('default.json');
  assert.match(mistake.stderr, /^unknown command "default\.json" \(did you mean "massage-selector check default\.json"\?\)/);
  assert.equal(mistake.code, 2);
});
