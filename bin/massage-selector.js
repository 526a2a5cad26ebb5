#!/usr/bin/env node
// `massage-selector check my-rules.json`: checks rules files and runs their examples, offline.
import { readFileSync } from 'node:fs';
import { checkRulesText, lineAndColumnOf, runExamples } from '../lib/index.js';

const usage = `Usage: massage-selector check <rules.json> [more.json ...]

Checks rules files for the <massage-selector> widget, the way a spa owner's editor would:
JSON syntax, the rules format, and what the rules mean (unknown or duplicate ids with the
nearest valid name, questions that are never shown, rules that never fire, techniques no
answer can reach, deep pressure without a red-flag screen, ...). Then it runs each file's
"examples" and shows every one that fails, with the expected and actual outcome and the
rules that fired. Nothing is sent anywhere: it works offline.

Each problem is printed as
  file:line:column  /json/pointer  message

Exit code: 0 when every file is valid and every example passes, 1 otherwise, 2 for a usage mistake.

Options:
  -h, --help     show this help
  -v, --version  print the version
Guide for writing rules files: docs/rules.md in this package
(node_modules/massage-selector/docs/rules.md once it is installed).`;

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
const list = (ids) => (ids.length ? ids.join(', ') : '(none)');

/** Checks one file; prints its problems and failing examples; returns true when all is well. */
function checkFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}: cannot read the file (${error.code === 'ENOENT' ? 'no such file' : error.message})`);
    return false;
  }
  const check = checkRulesText(text);
  for (const problem of check.errors) {
    console.log(`${file}:${problem.line}:${problem.column}  ${problem.path || '/'}  ${problem.message}`);
  }
  if (!check.valid) {
    console.log(`${file}: ${plural(check.errors.length, 'problem')}; the examples run once the file is valid`);
    return false;
  }
  const outcomes = runExamples(check.rules);
  const failed = outcomes.filter((outcome) => !outcome.passed);
  for (const outcome of failed) {
    const { line, column } = lineAndColumnOf(text, `/examples/${outcome.index}`);
    console.log(`${file}:${line}:${column}  /examples/${outcome.index}  example "${outcome.name}" fails`);
    console.log(`    expected: ${outcome.expected}`);
    console.log(`    actual:   ${outcome.actual}`);
    if (outcome.missingAddOns.length) {
      console.log(`    expected add-ons: ${list(outcome.missingAddOns)} (not recommended); actual add-ons: ${list(outcome.addOns)}`);
    }
    console.log(`    rules that fired: ${list(outcome.fired)}`);
  }
  const examples = outcomes.length
    ? `${outcomes.length - failed.length} of ${plural(outcomes.length, 'example')} pass`
    : 'no examples to run';
  console.log(`${file}: valid; ${examples}`);
  return !failed.length;
}

function main(args) {
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
  for (const file of files) ok = checkFile(file) && ok;
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
