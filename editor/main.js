// The rules editor: a rules file as forms, its JSON kept in step, the checker's problems at their fields, the
// examples run as the owner edits, and the real widget beside it with why it gave its result. Nothing leaves
// the browser: the draft is kept in this browser's storage (rules only, never a visitor's answers).
import { html, nothing, render } from 'lit';
import { checkRulesText, cleanAnswers, runExamples } from '../lib/index.js';
import defaultRules from '../rules/default.json';
import spanishRules from '../rules/examples/nola-es.json';
import { Preview } from '../demo/playground-preview.js';
import { rulesForm } from './forms.js';
import { extensionForm } from './extend-forms.js';
import { embedCode } from './embed.js';
import { jsonView } from './json-view.js';
import { fieldId, idFrom, resolvePath, setAt, tidy, valueAt } from './paths.js';
import { whyView } from './why.js';

const draftKey = 'massage-selector-editor:draft';
const blank = { version: 1, lang: 'en', studio: { name: '' }, questions: [], techniques: [], rules: [] };
const starts = {
  default: { text: `${JSON.stringify(defaultRules, null, 2)}\n`, name: 'rules.json' },
  spanish: { text: `${JSON.stringify(spanishRules, null, 2)}\n`, name: 'nola-es.json' },
  blank: { text: `${JSON.stringify(blank, null, 2)}\n`, name: '' },
  extension: { text: `${JSON.stringify({ version: 1, extends: 'default', studio: { name: '' } }, null, 2)}\n`, name: '' },
};

const state = {
  /** The rules file's text: what Download saves. */
  text: '',
  /** The text as it was opened: unchanged, the file downloads byte for byte. */
  opened: '',
  /** Its parsed form, edited by the forms (the last readable version while the JSON has a syntax error). */
  rules: null,
  /** The owner's file name, when they opened a file of their own. */
  fileName: '',
  /** The checker's answer: `errors` (problems), and `warnings` when the file is valid. */
  check: { valid: false, errors: [] },
  outcomes: null,
  /** The preview's last result and the answers it came from. */
  last: null,
};

const $ = (id) => document.getElementById(id);
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

function readDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey) ?? 'null');
    return typeof draft?.text === 'string' ? draft : null;
  } catch {
    return null;
  }
}
function keepDraft() {
  try {
    localStorage.setItem(draftKey, JSON.stringify({ text: state.text, opened: state.opened, fileName: state.fileName }));
  } catch {
    // Storage refused (private browsing): the editor works on without a draft.
  }
}

/** The problems at exactly `path`, and then its warnings (which the checker gives only for a valid file), shown under its field. */
function problemsAt(path) {
  const errors = state.check.errors.filter((problem) => problem.path === path);
  const warnings = (state.check.warnings ?? []).filter((warning) => warning.path === path);
  if (!errors.length && !warnings.length) return nothing;
  return html`<ul class=${errors.length ? 'field-problems' : 'field-problems only-warnings'} id=${`${fieldId(path)}-problems`}>
    ${errors.map((problem) => html`<li>${problem.message}</li>`)}
    ${warnings.map((warning) => html`<li class="warning"><span class="kind">Warning:</span> ${warning.message}</li>`)}
  </ul>`;
}

/** Whether the checker finds a problem (not only a warning) at exactly `path`: its field is marked invalid. */
const invalidAt = (path) => state.check.errors.some((problem) => problem.path === path);

/** What the forms use: the rules, a way to change them, and the problems by field. */
let typingTimer;
let typingPending = false;
/** Checks and renders now what the last key presses changed. */
function flushTyping() {
  clearTimeout(typingTimer);
  if (typingPending) changed({ fromForms: true });
}
/** Sets the value at `path` (a change to a built-in item is made when the owner first writes one), then tidies. */
function write(path, value) {
  setAt(state.rules, resolvePath(state.rules, path, true), value);
  tidy(state.rules);
}
const ctx = {
  get rules() {
    return state.rules;
  },
  get outcomes() {
    return state.outcomes;
  },
  get(path) {
    const at = resolvePath(state.rules, path);
    return at === null ? undefined : valueAt(state.rules, at);
  },
  set(path, value) {
    write(path, value);
    clearTimeout(typingTimer);
    changed({ fromForms: true });
  },
  /** A key press in a field: the rules change now, the check and the rest follow once typing pauses. */
  type(path, value) {
    write(path, value);
    clearTimeout(typingTimer);
    typingPending = true;
    typingTimer = setTimeout(flushTyping, 150);
  },
  /**
   * Moves the item at `from` in the list at `listPath` to `to`, keeps the focus on the same Move button of the
   * moved item, and says where it went.
   */
  move(listPath, from, to, direction) {
    flushTyping();
    const items = valueAt(state.rules, listPath);
    if (!Array.isArray(items) || to < 0 || to >= items.length) return;
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
    changed({ fromForms: true });
    const moved = document.querySelector(`#forms [data-card="${CSS.escape(`${listPath}/${to}`)}"]`);
    moved?.querySelector(`.card-head [data-move="${direction}"]`)?.focus();
    $('announce').textContent = `Moved ${direction}: now ${moved?.querySelector('h3')?.textContent.trim()}, ${to + 1} of ${items.length}.`;
  },
  /** Puts `value` in place of the value at `path`. */
  replace(path, value) {
    write(path, value);
    changed({ fromForms: true });
  },
  problemsAt,
  invalidAt,
};

const json = jsonView($('json'), (text) => {
  state.text = text;
  try {
    state.rules = JSON.parse(text);
  } catch {
    // The forms keep the last readable version; the problems list says where the JSON breaks.
  }
  changed({ fromJson: true });
});

const preview = new Preview($('preview'), (event) => {
  state.last = { answers: cleanAnswers(state.check.rules ?? {}, event.target.answers), outcome: event.detail };
  showWhy();
});

let previewTimer;
let jsonTimer;
/** After any change: check, run the examples, keep the draft, render; the JSON view follows the forms. */
function changed({ fromForms = false, fromJson = false, fresh = false } = {}) {
  clearTimeout(typingTimer);
  typingPending = false;
  if (fromForms) state.text = `${JSON.stringify(state.rules, null, 2)}\n`;
  // The JSON view follows a moment later, not on every key press in a form.
  clearTimeout(jsonTimer);
  if (!fromJson) jsonTimer = setTimeout(() => json.set(state.text), fromForms ? 150 : 0);
  state.check = checkRulesText(state.text);
  state.outcomes = state.check.valid ? runExamples(state.check.rules) : null;
  keepDraft();
  renderAll();
  clearTimeout(previewTimer);
  if (state.check.valid) {
    const { text, check } = state;
    previewTimer = setTimeout(() => preview.show(text, check.rules, { fresh }), fresh ? 0 : 200);
  }
}

/** Opens rules text (`name`: the owner's file name, if it is their file). */
function open(text, name = '') {
  state.text = text;
  state.opened = text;
  state.fileName = name;
  try {
    state.rules = JSON.parse(text);
  } catch {
    state.rules = null;
  }
  state.last = null;
  changed({ fresh: true });
}

function renderProblems() {
  const { errors, valid } = state.check;
  const warnings = state.check.warnings ?? [];
  const warned = warnings.length ? ` ${plural(warnings.length, 'warning')}: choose one to go to its field.` : '';
  $('status').textContent = valid
    ? `No problems: the preview shows this file.${warned}`
    : `${plural(errors.length, 'problem')}. Choose one to go to its field.`;
  $('status').dataset.state = valid ? (warnings.length ? 'warned' : 'valid') : 'invalid';
  // A warning in the CLI's words, after its place, marked as a warning (the CLI prints "warning: …").
  render(
    html`${errors.map(
      (problem) =>
        html`<li>
          <button type="button" class="problem" @click=${() => focusField(problem)}>
            <span class="where">${placeOf(problem.path)}</span> ${problem.message}
          </button>
        </li>`,
    )}${warnings.map(
      (warning) =>
        html`<li>
          <button type="button" class="problem warning" @click=${() => focusField(warning)}>
            <span class="kind">Warning</span> <span class="where">${placeOf(warning.path)}</span> ${warning.message}
          </button>
        </li>`,
    )}`,
    $('problems'),
  );
}

/** Where a problem is, in words: "technique 2 › sessions › 1 › minutes". */
function placeOf(path) {
  if (!path) return 'the file';
  const names = {
    questions: 'question',
    techniques: 'technique',
    addOns: 'add-on',
    rules: 'scoring rule',
    safety: 'safety rule',
    examples: 'example',
    plans: 'plan',
    options: 'option',
    sessions: 'session',
  };
  const parts = path.split('/').slice(1);
  const words = [];
  for (let i = 0; i < parts.length; i++) {
    if (names[parts[i]] && /^\d+$/.test(parts[i + 1] ?? '')) words.push(`${names[parts[i]]} ${Number(parts[++i]) + 1}`);
    else words.push(parts[i]);
  }
  return words.join(' › ');
}

/** Focuses the field of a problem (or the nearest part of the form that holds it), else its line in the JSON view. */
function focusField(problem) {
  let path = problem.path;
  for (;;) {
    const target = document.querySelector(`#forms [data-path="${CSS.escape(path)}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      if (target.matches('input, select, textarea, button, [tabindex]')) target.focus();
      else (target.querySelector('input, select, textarea, button') ?? target).focus();
      return;
    }
    if (!path) break;
    path = path.slice(0, path.lastIndexOf('/'));
  }
  if (problem.line) json.goTo(problem.line, problem.column);
}

function renderExamples() {
  const outcomes = state.outcomes;
  $('examples-summary').textContent = !outcomes
    ? 'The examples run once the file has no problems.'
    : outcomes.length
      ? `${outcomes.filter((o) => o.passed).length} of ${plural(outcomes.length, 'example')} pass.`
      : 'No examples yet: answer the preview and press “Save as an example”.';
}

function showWhy() {
  render(whyView(state.check.rules, state.last), $('why'));
  $('save-example').disabled = !state.last || !state.check.valid;
}

function renderAll() {
  render(rulesForm(ctx, extensionForm), $('forms'));
  renderProblems();
  renderExamples();
  showWhy();
  $('preview-state').textContent = state.check.valid ? '' : 'Showing your last valid version — fix the problems to update.';
  $('download').textContent = `Download ${downloadName()}`;
  $('embed-code').value = embedCode(state.rules ?? {}, embedOptions());
}

/** The owner's own file name, or one made from the studio's name. */
function downloadName() {
  if (state.fileName) return state.fileName;
  const studio = idFrom(state.rules?.studio?.name ?? '');
  return studio ? `${studio}-rules.json` : 'my-rules.json';
}

function embedOptions() {
  return {
    scriptSrc: $('script-src').value || '/massage-selector.js',
    inline: $('embed-inline').checked,
    rulesUrl: `/${downloadName()}`,
  };
}

// Start from: a built-in file, the blank template, or the owner's file (picker or drop).
$('start').addEventListener('change', () => {
  const start = starts[$('start').value];
  if (!start) return;
  if (
    state.text !== state.opened &&
    !window.confirm('Start again? Your edits to these rules will be lost (download them first to keep them).')
  ) {
    $('start').value = '';
    return;
  }
  open(start.text, start.name === 'rules.json' || start.name === 'nola-es.json' ? '' : start.name);
  $('start').value = '';
});
async function openFile(file) {
  if (!file) return;
  open(await file.text(), file.name);
  $('status').focus();
}
$('file').addEventListener('change', () => openFile($('file').files[0]));
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.dataset.dropping = '';
});
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) delete document.body.dataset.dropping;
});
document.addEventListener('drop', (event) => {
  event.preventDefault();
  delete document.body.dataset.dropping;
  openFile(event.dataTransfer?.files[0]);
});

let download;
$('download').addEventListener('click', () => {
  flushTyping();
  if (!state.check.valid && !window.confirm(`Your rules have ${plural(state.check.errors.length, 'problem')}. Download anyway?`)) return;
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(new Blob([state.text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: download, download: downloadName() });
  document.body.append(link);
  link.click();
  link.remove();
});

$('save-example').addEventListener('click', () => {
  if (!state.last) return;
  const { answers, outcome } = state.last;
  const examples = state.rules.examples ?? [];
  const expect = outcome.technique?.id ?? (outcome.urgent ? 'emergency' : 'refer');
  const addOns = (outcome.addOns ?? []).map((addOn) => addOn.id);
  setAt(state.rules, `/examples/${examples.length}`, {
    name: `Visitor ${examples.length + 1}`,
    answers,
    expect,
    ...(addOns.length ? { expectAddOns: addOns } : {}),
  });
  changed({ fromForms: true });
  document.querySelector(`#forms [data-path="/examples/${examples.length}/name"]`)?.focus();
});

for (const id of ['script-src', 'embed-inline', 'embed-src']) $(id).addEventListener('input', renderAll);
$('copy-embed').addEventListener('click', async () => {
  flushTyping();
  const code = $('embed-code').value;
  try {
    await navigator.clipboard.writeText(code);
    $('copy-state').textContent = 'Copied. Paste it into your site builder (docs: Install guide).';
  } catch {
    $('embed-code').select();
    $('copy-state').textContent = 'Press Ctrl+C (⌘C on a Mac) to copy the selected code.';
  }
});

// Opens on the draft this browser kept, else on the built-in rules.
const draft = readDraft();
if (draft) {
  open(draft.text, draft.fileName ?? '');
  state.opened = draft.opened ?? draft.text;
  $('draft').hidden = state.text === state.opened;
} else open(starts.default.text);
$('discard').addEventListener('click', () => {
  open(state.opened, state.fileName);
  $('draft').hidden = true;
});
