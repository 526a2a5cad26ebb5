// The rules playground: edit a rules file, see its problems and its examples, and preview the widget.
// The checker is the npm package's own (lib/), the widget is the bundle a site loads (dist/).
import { checkRulesText, runExamples } from '../lib/index.js';
import { Preview } from './playground-preview.js';
import { forgetDraft, readDraft, saveDraft } from './playground-draft.js';

const editor = document.getElementById('rules');
const start = document.getElementById('start');
const status = document.getElementById('status');
const problems = document.getElementById('problems');
const examples = document.getElementById('examples');
const examplesSummary = document.getElementById('examples-summary');
const lastEvent = document.getElementById('last-event');
const previewState = document.getElementById('preview-state');
const draftNote = document.getElementById('draft');
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** An element with text content only: rules text is never HTML. */
function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Sets a live region's text only when it changes, so a screen reader hears news, not every keystroke. */
function say(region, text) {
  if (region.textContent !== text) region.textContent = text;
}

/** Puts the caret on a line and column of the editor, so a problem can be fixed where it is. */
function jumpTo(line, column) {
  const lines = editor.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  editor.focus();
  editor.setSelectionRange(offset, offset);
}

function showProblems(errors) {
  problems.replaceChildren(
    ...errors.map((problem) => {
      const item = element('li', undefined, { 'data-path': problem.path });
      const place = element('button', `${problem.line}:${problem.column}`, {
        type: 'button',
        'aria-label': `Go to line ${problem.line}, column ${problem.column}`,
      });
      place.addEventListener('click', () => jumpTo(problem.line, problem.column));
      item.append(place, ' ', element('code', problem.path || '/'), ` ${problem.message}`);
      return item;
    }),
  );
}

function showExamples(outcomes) {
  if (!outcomes) {
    examplesSummary.textContent = 'The examples run once the file has no problems.';
    return examples.replaceChildren();
  }
  const passed = outcomes.filter((outcome) => outcome.passed).length;
  examplesSummary.textContent = outcomes.length ? `${passed} of ${plural(outcomes.length, 'example')} pass.` : 'This file has no examples.';
  examples.replaceChildren(
    ...outcomes.map((outcome) => {
      const item = element('li', outcome.name, { 'data-passed': String(outcome.passed) });
      if (!outcome.passed) {
        const missing = outcome.missingAddOns.length ? `; add-ons missing: ${outcome.missingAddOns.join(', ')}` : '';
        const detail = `expected ${outcome.expected}, got ${outcome.actual}${missing}; rules that fired: ${outcome.fired.join(', ') || '(none)'}`;
        item.append(element('span', detail, { class: 'detail' }));
      }
      return item;
    }),
  );
}

const preview = new Preview(document.getElementById('preview'), (event) => {
  const { status: outcome, technique, addOns } = event.detail;
  lastEvent.textContent = `Last result: ${outcome === 'refer' ? 'refer' : technique.id}${addOns.length ? ` + ${addOns.map((addOn) => addOn.id).join(', ')}` : ''}`;
});
let shown = null;

/** Previews `text` (checked: `rules` is its parsed form) unless it is already on show. */
function showText(text, rules, options) {
  if (text === shown) return;
  shown = text;
  preview.show(text, rules, options);
}

/** Checks the editor's text; shows its problems and examples, and previews it when it is valid (`fresh`: from step 1). */
function update({ fresh = false } = {}) {
  const check = checkRulesText(editor.value);
  showProblems(check.errors);
  showExamples(check.valid ? runExamples(check.rules) : null);
  status.dataset.state = check.valid ? 'valid' : 'invalid';
  say(
    status,
    check.valid
      ? 'No problems: the preview shows this file.'
      : `${plural(check.errors.length, 'problem')}. Press a line:column to put the cursor there.`,
  );
  // The preview keeps the last valid version: say so on it, where the owner is looking.
  const stale = check.valid
    ? ''
    : shown === null
      ? 'The preview appears once the file has no problems.'
      : 'Showing your last valid version — fix the problems to update';
  say(previewState, stale);
  previewState.parentElement.toggleAttribute('data-stale', stale !== '');
  if (check.valid) showText(editor.value, check.rules, { fresh });
}

let timer;
editor.addEventListener('input', () => {
  keepDraft();
  clearTimeout(timer);
  timer = setTimeout(update, 250);
});

// The file picked in Start from, and its text as it arrived: the owner's edits are whatever differs from it.
let picked = start.value;
let loaded = '';

/** Keeps the editor's text in this browser while it differs from the file it started from. */
function keepDraft() {
  if (editor.value === loaded) forgetDraft();
  else saveDraft({ start: picked, text: editor.value });
}

/** Puts a rules file in the editor (or `text`, a draft of it); its preview starts at step 1, as a different questionnaire would. */
async function load(url, text) {
  const response = await fetch(url);
  clearTimeout(timer);
  picked = url;
  loaded = await response.text();
  editor.value = text ?? loaded;
  keepDraft();
  lastEvent.textContent = '';
  // A draft with problems has had no valid version in this visit: meanwhile the preview shows the file it began from.
  const file = text === undefined ? null : checkRulesText(loaded);
  if (file?.valid) showText(loaded, file.rules, { fresh: true });
  update({ fresh: true });
}

start.addEventListener('change', () => {
  const file = start.selectedOptions[0].textContent;
  if (editor.value !== loaded && !window.confirm(`Start again from ${file}? Your edits to the rules will be lost.`)) {
    start.value = picked;
    return;
  }
  draftNote.hidden = true;
  load(start.value);
});

document.getElementById('discard').addEventListener('click', () => {
  editor.value = loaded;
  forgetDraft();
  draftNote.hidden = true;
  editor.focus(); // the button is gone: focus goes where the work is
  update();
});

let download;
document.getElementById('download').addEventListener('click', () => {
  const { errors } = checkRulesText(editor.value);
  if (errors.length && !window.confirm(`Your rules have ${plural(errors.length, 'problem')}. Download anyway?`)) return;
  // The previous file's address is released only now, so a slow download still finds it.
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(new Blob([editor.value], { type: 'application/json' }));
  const link = element('a', undefined, {
    href: download,
    download: start.value.split('/').pop() === 'default.json' ? 'rules.json' : start.value.split('/').pop(),
  });
  document.body.append(link);
  link.click();
  link.remove();
});

/** Opens on the draft this browser kept from an earlier visit, if any, else on the picked file. */
async function openDraftOrFile() {
  const draft = readDraft();
  if (draft && [...start.options].some((option) => option.value === draft.start)) start.value = draft.start;
  await load(start.value, draft?.text);
  draftNote.hidden = editor.value === loaded;
}

openDraftOrFile();
