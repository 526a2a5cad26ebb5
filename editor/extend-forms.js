// The forms of a file that extends the built-in rules (`"extends": "default"`): every built-in question,
// option, technique and add-on, each field showing the built-in wording, and what the owner writes becomes a
// change to that item by its id. What is safe and what is recommended (red flags, deep pressure, scoring and
// safety rules) stays the built-in rules', shown but not editable here.
import { html, nothing } from 'lit';
import { defaultRules, extendRules } from '../lib/index.js';
import {
  addButton,
  bookingParamsEditor,
  examplesForm,
  field,
  list,
  minutesEditor,
  pictureAndBadge,
  section,
  sessionCards,
  stringsForm,
  studioForm,
} from './forms.js';

/** The pointer of the change to the built-in item `id`: its place in `changes` once there is one, else `@id` (made on first write). */
const changeAt = (changes, base, id) => {
  const index = Array.isArray(changes) ? changes.findIndex((change) => change?.id === id) : -1;
  return `${base}/${index >= 0 ? index : `@${id}`}`;
};

/** One built-in item: its name, whether this file changes it (with a way to take the changes back), and its fields. */
function changeCard(ctx, path, title, body) {
  const changed = ctx.get(path) !== undefined;
  return html`<li class="card" data-card=${path}>
    <div class="card-head">
      <h3 tabindex="-1" data-path=${path}>${title}${changed ? html` <span class="changed">(changed)</span>` : nothing}</h3>
      ${
        changed
          ? html`<button
              type="button"
              class="remove"
              aria-label=${`Use the built-in ${title} again`}
              @click=${() => ctx.set(path, undefined)}
            >
              Use the built-in again
            </button>`
          : nothing
      }
    </div>
    ${ctx.problemsAt(path)} ${body}
  </li>`;
}

const builtIn = (text) => text ?? '';

function questionsForm(ctx) {
  return section(
    ctx,
    'questions',
    'Questions',
    'The built-in questions, in their order. Write new wording where you want it; an empty field keeps the built-in text shown in it.',
    list(defaultRules.questions, (question, i) => {
      const path = changeAt(ctx.rules.questions, '/questions', question.id);
      const options = ctx.get(`${path}/options`);
      return changeCard(
        ctx,
        path,
        `question ${i + 1}: ${question.text}`,
        html`${field(ctx, `${path}/text`, 'Question', { placeholder: question.text })}
        ${field(ctx, `${path}/help`, 'Help text', { placeholder: builtIn(question.help) })}
        ${
          question.type === 'scale'
            ? html`${field(ctx, `${path}/minLabel`, 'Label at 0', { placeholder: builtIn(question.minLabel) })}
              ${field(ctx, `${path}/maxLabel`, 'Label at 10', { placeholder: builtIn(question.maxLabel) })}`
            : html`<h4>Options</h4>
                ${ctx.problemsAt(`${path}/options`)}
                <ol class="cards">
                  ${question.options.map((option, j) => {
                    const at = changeAt(options, `${path}/options`, option.id);
                    return changeCard(
                      ctx,
                      at,
                      `option ${j + 1}: ${option.label}`,
                      html`${option.redFlag ? html`<p class="hint">A red flag: choosing it means see a doctor first (built in).</p>` : nothing}
                      ${field(ctx, `${at}/label`, 'Label', { placeholder: option.label })}
                      ${field(ctx, `${at}/help`, 'Help text', { placeholder: builtIn(option.help) })}`,
                    );
                  })}
                </ol>`
        }`,
      );
    }),
  );
}

/**
 * A built-in technique's sessions: the built-in lengths, this file's own lengths (one price and link for all),
 * or this file's own sessions with their prices and links.
 */
function sessionsChange(ctx, path, technique) {
  const sessions = ctx.get(`${path}/sessions`);
  const minutes = ctx.get(`${path}/sessionMinutes`);
  const lengths = (technique.sessions ?? technique.sessionMinutes?.map((minutes) => ({ minutes })) ?? []).map((s) => s.minutes);
  const heading = html`<h4 tabindex="-1" data-path=${`${path}/sessions`}>Sessions</h4>`;
  const ownLengths = Array.isArray(minutes)
    ? minutesEditor(
        ctx,
        path,
        minutes,
        html`<button type="button" @click=${() => ctx.set(`${path}/sessionMinutes`, undefined)}>Use the built-in lengths again</button>`,
      )
    : nothing;
  if (!sessions)
    return html`${heading}
    ${
      Array.isArray(minutes)
        ? ownLengths
        : html`<p class="hint">
            Built in: ${lengths.join(', ')} minutes, one price and link for all.
            <button type="button" @click=${() => ctx.set(`${path}/sessionMinutes`, [...lengths])}>
              Change the lengths of ${technique.name}
            </button>
            <button
              type="button"
              @click=${() =>
                ctx.set(
                  `${path}/sessions`,
                  lengths.map((minutes) => ({ minutes })),
                )}
            >
              Give ${technique.name} sessions of its own
            </button>
          </p>`
    }`;
  return html`${heading} ${ownLengths} ${sessionCards(ctx, path, sessions)}
    ${sessions.length < 6 ? addButton(`Add a session to ${technique.name}`, () => ctx.set(`${path}/sessions/${sessions.length}`, { minutes: 60 })) : nothing}
    <button type="button" @click=${() => ctx.set(`${path}/sessions`, undefined)}>Use the built-in lengths again</button>`;
}

function techniquesForm(ctx) {
  return section(
    ctx,
    'techniques',
    'Techniques',
    'The built-in menu: give each technique your name, texts, sessions, prices, booking links, a picture and a badge.',
    list(defaultRules.techniques, (technique, i) => {
      const path = changeAt(ctx.rules.techniques, '/techniques', technique.id);
      return changeCard(
        ctx,
        path,
        `technique ${i + 1}: ${technique.name}`,
        html`${field(ctx, `${path}/name`, 'Name', { placeholder: technique.name })}
          ${field(ctx, `${path}/description`, 'Description', { multiline: true, placeholder: technique.description })}
          <div class="row">
            ${field(ctx, `${path}/pressure`, 'Depth of pressure', { placeholder: technique.pressure })}
            ${field(ctx, `${path}/target`, 'Primary target', { placeholder: technique.target })}
            ${field(ctx, `${path}/bestFor`, 'Best for', { placeholder: technique.bestFor })}
          </div>
          <p class="hint">
            Deep pressure: ${technique.deep ? 'yes — never recommended to a visitor who reports a red flag' : 'no'} (built in; to change it,
            start from a copy of the built-in rules).
          </p>
          ${field(ctx, `${path}/price`, 'Price', { placeholder: builtIn(technique.price) || 'from $95', help: "A session's own price wins." })}
          ${field(ctx, `${path}/bookingUrl`, 'Booking link', { kind: 'url', placeholder: builtIn(technique.bookingUrl) })}
          ${sessionsChange(ctx, path, technique)} ${pictureAndBadge(ctx, path, { placeholders: technique })}`,
      );
    }),
  );
}

function addOnsForm(ctx) {
  return section(
    ctx,
    'add-ons',
    'Add-ons',
    'The built-in add-ons: your name, text, price, booking parameters, picture and badge for each.',
    list(defaultRules.addOns ?? [], (addOn, i) => {
      const path = changeAt(ctx.rules.addOns, '/addOns', addOn.id);
      return changeCard(
        ctx,
        path,
        `add-on ${i + 1}: ${addOn.name}`,
        html`${field(ctx, `${path}/name`, 'Name', { placeholder: addOn.name })}
        ${field(ctx, `${path}/description`, 'Description', { placeholder: addOn.description })}
        ${field(ctx, `${path}/price`, 'Price', { placeholder: builtIn(addOn.price) || '+ $20' })}
        ${bookingParamsEditor(ctx, path, { placeholder: addOn.bookingParams })} ${pictureAndBadge(ctx, path, { placeholders: addOn })}`,
      );
    }),
  );
}

/** The rules the file makes (for the examples' questions and outcomes), or the built-in ones while it cannot be applied. */
function extended(rules) {
  try {
    return { ...extendRules(defaultRules, rules).rules, examples: rules.examples };
  } catch {
    return { ...defaultRules, examples: rules.examples };
  }
}

const parts = [
  ['studio', 'Studio'],
  ['questions', 'Questions'],
  ['techniques', 'Techniques'],
  ['add-ons', 'Add-ons'],
  ['strings', 'Texts'],
  ['examples', 'Examples'],
  ['problems-heading', 'Problems and preview'],
];

/** The whole form of a file that extends the built-in rules. */
export function extensionForm(ctx) {
  const examplesCtx = Object.create(ctx, { rules: { value: extended(ctx.rules) } });
  return html`<p class="hint">
      This file starts from the built-in rules (<code>"extends": "default"</code>) and changes only what you write here. The questions
      asked, the red flags, deep pressure and the scoring and safety rules stay the built-in ones.
    </p>
    <nav class="parts" aria-label="Parts of the rules">${parts.map(([id, words]) => html`<a href=${`#${id}`}>${words}</a>`)}</nav>
    ${studioForm(ctx)} ${questionsForm(ctx)} ${techniquesForm(ctx)} ${addOnsForm(ctx)} ${stringsForm(ctx)} ${examplesForm(examplesCtx)}`;
}
