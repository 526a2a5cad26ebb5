#!/usr/bin/env node
// `massage-selector check my-rules.json`: checks rules files and runs their examples, offline.
import { readFileSync, statSync } from 'node:fs';
import { checkRulesText, lineAndColumnOf, runExamples } from '../lib/index.js';
import { maxRulesLength } from '../lib/checker/check-text.js';

const usage = `Usage: massage-selector check <rules.json> [more.json ...]
       massage-selector check - < rules.json   (reads the file from standard input)

Checks rules files for the <massage-selector> widget, the way a spa owner's editor would:
JSON syntax, the rules format, and what the rules mean (unknown or duplicate ids with the
nearest valid name, questions that are never shown, rules that never fire, techniques no
answer can reach, deep pressure without a red-flag screen, ...). Then it runs each file's
"examples" and shows every one that fails, with the expected and actual outcome and the
rules that fired. Nothing is sent anywhere: it works offline.

Each problem is printed as
  file:line:column  /json/pointer  message

A warning (a safety screen that screens nobody, or everybody) is printed as
  file:line:column  /json/pointer  warning: message
and does not change the exit code.

Exit code: 0 when every file is valid and every example passes, 1 otherwise, 2 for a usage mistake.

Options:
  -h, --help     show this help
  -v, --version  print the version
Guide for writing rules files: docs/rules.md in this package
(node_modules/massage-selector/docs/rules.md once it is installed).`;

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
const list = (ids) => (ids.length ? ids.join(', ') : '(none)');

/**
 * Prints one line with every control character escaped (`\u001b`, `\r`, `\u009b`, bidirectional overrides):
 * the text comes from the rules file, and escape codes could otherwise hide or rewrite the report.
 */
const print = (line) =>
  console.log(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    String(line).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
      return '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0');
    }),
  );

const tooLarge = (size) =>
  `the file is ${size.toLocaleString('en')} bytes; the widget refuses rules files over ${maxRulesLength.toLocaleString('en')}`;

/** Reads standard input, stopping as soon as it passes the size cap; `null` (with the reason printed) when it does. */
async function readInput() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    if ((size += chunk.length) > maxRulesLength) {
      process.stdin.destroy();
      print(`-: more than ${maxRulesLength.toLocaleString('en')} bytes on standard input; the widget refuses rules files over that`);
      return null;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file after checking what it is: only a regular file under the size cap (a FIFO or /dev/zero never ends). */
function readFile(file) {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return (print(`${file}: not a regular file (a folder, device or pipe); name a rules file`), null);
    if (stat.size > maxRulesLength) return (print(`${file}: ${tooLarge(stat.size)}`), null);
    return readFileSync(file, 'utf8');
  } catch (error) {
    print(`${file}: cannot read the file (${error.code === 'ENOENT' ? 'no such file' : error.message})`);
    return null;
  }
}

/** Checks one file (`-`: standard input); prints its problems and failing examples; returns true when all is well. */
async function checkFile(file) {
  const text = file === '-' ? await readInput() : readFile(file);
  if (text === null) return false;
  const check = checkRulesText(text);
  for (const problem of check.errors) {
    print(`${file}:${problem.line}:${problem.column}  ${problem.path || '/'}  ${problem.message}`);
  }
  if (!check.valid) {
    print(`${file}: ${plural(check.errors.length, 'problem')}; the examples run once the file is valid`);
    return false;
  }
  const warnings = check.warnings ?? [];
  for (const warning of warnings) print(`${file}:${warning.line}:${warning.column}  ${warning.path}  warning: ${warning.message}`);
  const outcomes = runExamples(check.rules);
  const failed = outcomes.filter((outcome) => !outcome.passed);
  for (const outcome of failed) {
    const { line, column } = lineAndColumnOf(text, `/examples/${outcome.index}`);
    print(`${file}:${line}:${column}  /examples/${outcome.index}  example "${outcome.name}" fails`);
    print(`    expected: ${outcome.expected}`);
    print(`    actual:   ${outcome.actual}`);
    if (outcome.missingAddOns.length) {
      print(`    expected add-ons: ${list(outcome.missingAddOns)} (not recommended); actual add-ons: ${list(outcome.addOns)}`);
    }
    print(`    rules that fired: ${list(outcome.fired)}`);
  }
  const examples = outcomes.length
    ? `${outcomes.length - failed.length} of ${plural(outcomes.length, 'example')} pass`
    : 'no examples to run';
  print(`${file}: valid; ${examples}${warnings.length ? `; ${plural(warnings.length, 'warning')}` : ''}`);
  return !failed.length;
}

async function main(args) {
  if (args.includes('-h') || args.includes('--help')) return (console.log(usage), 0);
  if (args.includes('-v') || args.includes('--version')) {
    return (console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version), 0);
  }
  const [command, ...files] = args;
  const unknownOption = files.find((file) => file.startsWith('-') && file !== '-');
  if (command !== 'check' || !files.length || unknownOption) {
    const hint =
      command === undefined
        ? ''
        : command !== 'check'
          ? `unknown command "${command}"${command.endsWith('.json') ? ` (did you mean "massage-selector check ${command}"?)` : ''}\n`
          : unknownOption
            ? `unknown option "${unknownOption}"\n`
            : 'name at least one rules file to check\n';
    console.error(`${hint}${usage}`);
    return 2;
  }
  let ok = true;
  for (const file of files) ok = (await checkFile(file)) && ok;
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
