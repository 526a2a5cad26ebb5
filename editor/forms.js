// The editor's forms: one section for each part of a rules file. Every field carries the JSON pointer of
// the value it edits (`data-path`), so that the checker's problems show at their field and focus it.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { defaultStrings } from '../lib/index.js';
import schema from '../rules/rules.schema.json';
import { conditionEditor, newCondition } from './conditions.js';
import { fieldId, segment, uniqueId } from './paths.js';

/** The schema's description of a property of a definition, as help text. */
const describe = (definition, name) => schema.definitions[definition]?.properties?.[name]?.description ?? '';

/**
 * A text, number or checkbox field for the value at `path`. Optional fields are removed when emptied;
 * `required` ones keep an empty text; an emptied number is `emptyNumber` (`null` for an item of a list of
 * numbers, which stays in its place for the checker to point at).
 */
export function field(
  ctx,
  path,
  label,
  { kind = 'text', help = '', placeholder = '', required = false, multiline = false, emptyNumber = undefined } = {},
) {
  const id = fieldId(path);
  const value = ctx.get(path);
  const problems = ctx.problemsAt(path);
  const invalid = ctx.invalidAt(path) ? 'true' : nothing;
  const describedBy = [help ? `${id}-help` : '', problems === nothing ? '' : `${id}-problems`].filter(Boolean).join(' ') || nothing;
  const setText = (event) => ctx.type(path, event.target.value === '' && !required ? undefined : event.target.value);
  let control;
  if (kind === 'checkbox') {
    control = html`<input
      id=${id}
      data-path=${path}
      type="checkbox"
      .checked=${value === true}
      aria-describedby=${describedBy}
      aria-invalid=${invalid}
      @change=${(event) => ctx.set(path, required || event.target.checked ? event.target.checked : undefined)}
    />`;
    return html`<div class="field check-field">
      ${control}<label for=${id}>${label}</label>${help ? html`<small id=${`${id}-help`}>${help}</small>` : nothing}${problems}
    </div>`;
  }
  if (kind === 'number') {
    control = html`<input
      id=${id}
      data-path=${path}
      type="number"
      inputmode="decimal"
      .value=${value === undefined ? '' : String(value)}
      placeholder=${placeholder}
      aria-describedby=${describedBy}
      aria-invalid=${invalid}
      @input=${(event) => ctx.type(path, event.target.value === '' ? emptyNumber : Number(event.target.value))}
    />`;
  } else if (multiline) {
    control = html`<textarea
      id=${id}
      data-path=${path}
      rows="2"
      .value=${value ?? ''}
      placeholder=${placeholder}
      aria-describedby=${describedBy}
      aria-invalid=${invalid}
      @input=${setText}
    ></textarea>`;
  } else {
    control = html`<input
      id=${id}
      data-path=${path}
      type=${kind}
      .value=${typeof value === 'string' ? value : value === undefined ? '' : String(value)}
      placeholder=${placeholder}
      aria-describedby=${describedBy}
      aria-invalid=${invalid}
      @input=${setText}
    />`;
  }
  return html`<div class="field">
    <label for=${id}>${label}</label>${control}${help ? html`<small id=${`${id}-help`}>${help}</small>` : nothing}${problems}
  </div>`;
}

/** A select for the value at `path` from `choices` ([value, words]). */
export function choice(ctx, path, label, choices, { help = '' } = {}) {
  const id = fieldId(path);
  const value = ctx.get(path);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} data-path=${path} @change=${(event) => ctx.set(path, event.target.value)}>
      ${choices.some(([key]) => key === value) ? nothing : html`<option value=${value ?? ''} .selected=${live(true)}>${value ?? '(choose)'}</option>`}
      ${choices.map(([key, words]) => html`<option value=${key} .selected=${live(key === value)}>${words}</option>`)}
    </select>
    ${help ? html`<small>${help}</small>` : nothing}${ctx.problemsAt(path)}
  </div>`;
}

/** Checkboxes that keep the list at `path` (ids from `choices`). */
function idList(ctx, path, legend, choices) {
  const chosen = ctx.get(path) ?? [];
  return html`<fieldset class="choices" data-path=${path}>
    <legend>${legend}</legend>
    ${choices.map(
      ([id, words]) =>
        html`<label class="check"
          ><input
            type="checkbox"
            .checked=${chosen.includes(id)}
            @change=${(event) => {
              const next = event.target.checked ? [...chosen, id] : chosen.filter((each) => each !== id);
              ctx.set(path, next.length ? next : undefined);
            }}
          />${words}</label
        >`,
    )}
    ${ctx.problemsAt(path)}
  </fieldset>`;
}

/** A card for one item of a list, with its heading, its own problems, Move up and Move down, and Remove. */
function card(ctx, path, title, body) {
  const at = path.lastIndexOf('/');
  const [parent, index] = [path.slice(0, at), Number(path.slice(at + 1))];
  const count = ctx.get(parent)?.length ?? 0;
  const move = (direction, label, possible) =>
    html`<button
      type="button"
      class="move"
      data-move=${direction}
      aria-disabled=${possible ? 'false' : 'true'}
      aria-label=${`${label}: ${title}`}
      @click=${() => possible && ctx.move(parent, index, index + (direction === 'up' ? -1 : 1), direction)}
    >
      ${label}
    </button>`;
  return html`<li class="card" data-card=${path}>
    <div class="card-head">
      <h3 tabindex="-1" data-path=${path}>${title}</h3>
      <span class="card-actions">
        ${count > 1 ? html`${move('up', 'Move up', index > 0)}${move('down', 'Move down', index < count - 1)}` : nothing}
        <button type="button" class="remove" aria-label=${`Remove ${title}`} @click=${() => ctx.set(path, undefined)}>Remove</button>
      </span>
    </div>
    ${ctx.problemsAt(path)} ${body}
  </li>`;
}

/** Where each section's list (or object) is in the file: its problems and warnings show under its heading. */
const sectionPaths = {
  studio: '/studio',
  questions: '/questions',
  techniques: '/techniques',
  'add-ons': '/addOns',
  scoring: '/rules',
  safety: '/safety',
  plans: '/plans',
  aftercare: '/aftercare',
  cautions: '/cautions',
  strings: '/strings',
  examples: '/examples',
};

/** A section of the form: a heading (which a problem with the whole list focuses), its items and an Add button. */
export function section(ctx, id, title, intro, body) {
  const path = sectionPaths[id];
  return html`<section class="part" id=${id} aria-labelledby=${`${id}-heading`}>
    <h2 id=${`${id}-heading`} tabindex="-1" data-path=${path}>${title}</h2>
    ${intro ? html`<p class="intro">${intro}</p>` : nothing} ${ctx.problemsAt(path)} ${body}
  </section>`;
}

export const list = (items, render) =>
  html`<ol class="cards">
    ${(items ?? []).map(render)}
  </ol>`;

export const addButton = (label, onClick) => html`<button type="button" class="add" @click=${onClick}>${label}</button>`;

const itemIds = (rules) => [...(rules.techniques ?? []).map((t) => t.id), ...(rules.addOns ?? []).map((a) => a.id)];
const itemChoices = (rules) => [
  ...(rules.techniques ?? []).map((t) => [t.id, t.name || t.id]),
  ...(rules.addOns ?? []).map((a) => [a.id, `${a.name || a.id} (add-on)`]),
];

export function studioForm(ctx) {
  return section(
    ctx,
    'studio',
    'Your studio',
    'Shown when the widget cannot load, and used for booking when a technique has no link of its own.',
    html`${field(ctx, '/studio/name', 'Studio name')} ${field(ctx, '/studio/phone', 'Phone', { kind: 'tel' })}
    ${field(ctx, '/studio/emergencyPhone', 'Local emergency number', {
      kind: 'tel',
      placeholder: '911',
      help: 'Such as 911, 112 or 999: a button to call it on the “get medical help now” screen.',
    })}
    ${field(ctx, '/studio/bookingUrl', 'Booking page', { kind: 'url', placeholder: 'https://squareup.com/appointments/book/…' })}
    ${field(ctx, '/lang', 'Language of your texts', { help: 'Such as en or es.', placeholder: 'en' })}
    ${field(ctx, '/$schema', 'Schema link (optional)', {
      kind: 'url',
      help: 'Lets a code editor check the file as you type, such as rules.schema.json from the package; the widget ignores it.',
    })}`,
  );
}

function optionCard(ctx, path, j) {
  return card(
    ctx,
    path,
    `option ${j + 1}`,
    html`${field(ctx, `${path}/label`, 'Label', { required: true })} ${field(ctx, `${path}/id`, 'Id', { required: true })}
    ${field(ctx, `${path}/help`, 'Help text')}
    ${field(ctx, `${path}/redFlag`, 'Red flag: choosing it means see a doctor first, never a booking', { kind: 'checkbox' })}
    ${field(ctx, `${path}/exclusive`, '"None of these": choosing it clears the other answers', { kind: 'checkbox' })}`,
  );
}

function questionsForm(ctx) {
  const { rules } = ctx;
  const questions = rules.questions ?? [];
  const addQuestion = () =>
    ctx.set(`/questions/${questions.length}`, {
      id: uniqueId(
        'question',
        questions.map((q) => q.id),
      ),
      type: 'single',
      text: '',
      options: [],
    });
  return section(
    ctx,
    'questions',
    'Questions',
    'Asked one per step, in this order. Put the red-flag screen first.',
    html`${list(questions, (question, i) => {
      const path = `/questions/${i}`;
      const choiceQuestion = question.type !== 'scale';
      const options = question.options ?? [];
      return card(
        ctx,
        path,
        `question ${i + 1}${question.text ? `: ${question.text}` : ''}`,
        html`${field(ctx, `${path}/text`, 'Question', { required: true })} ${field(ctx, `${path}/id`, 'Id', { required: true })}
          ${choice(ctx, `${path}/type`, 'Kind of answer', [
            ['single', 'one answer'],
            ['multiple', 'any number of answers'],
            ['scale', 'a 0–10 scale'],
          ])}
          ${field(ctx, `${path}/help`, 'Help text')}
          <div class="field check-field">
            <input
              id=${fieldId(`${path}/required`)}
              data-path=${`${path}/required`}
              type="checkbox"
              .checked=${question.required !== false}
              @change=${(event) => ctx.set(`${path}/required`, event.target.checked ? undefined : false)}
            /><label for=${fieldId(`${path}/required`)}>Visitors must answer it</label>
          </div>
          ${
            i > 0
              ? conditionEditor(ctx, `${path}/showIf`, question.showIf, questions.slice(0, i), {
                  optional: true,
                  label: 'Ask it only when',
                })
              : question.showIf !== undefined
                ? html`<p class="hint" tabindex="-1" data-path=${`${path}/showIf`}>
                      The first question is always asked, so it cannot have a condition.
                      <button type="button" class="remove" @click=${() => ctx.set(`${path}/showIf`, undefined)}>
                        Remove its condition
                      </button>
                    </p>
                    ${ctx.problemsAt(`${path}/showIf`)}`
                : nothing
          }
          ${
            choiceQuestion
              ? html`<h4 tabindex="-1" data-path=${`${path}/options`}>Options</h4>
                  ${ctx.problemsAt(`${path}/options`)} ${list(options, (_option, j) => optionCard(ctx, `${path}/options/${j}`, j))}
                  ${addButton(`Add an option to question ${i + 1}`, () =>
                    ctx.set(`${path}/options/${options.length}`, {
                      id: uniqueId(
                        'option',
                        options.map((o) => o.id),
                      ),
                      label: '',
                    }),
                  )}`
              : html`${field(ctx, `${path}/minLabel`, 'Label at 0', { placeholder: 'No pain' })}
                ${field(ctx, `${path}/maxLabel`, 'Label at 10', { placeholder: 'Worst pain imaginable' })}`
          }`,
      );
    })}
    ${addButton('Add a question', addQuestion)}`,
  );
}

function sessionsEditor(ctx, path, technique) {
  const sessions = technique.sessions ?? [];
  const minutes = technique.sessionMinutes;
  return html`<h4 tabindex="-1" data-path=${`${path}/sessions`}>Sessions</h4>
    ${
      Array.isArray(minutes)
        ? minutesEditor(
            ctx,
            path,
            minutes,
            html`<button type="button" @click=${() => ctx.replace(path, toSessions(technique))}>
              Give each length its own price and link
            </button>`,
          )
        : nothing
    }
    ${sessionCards(ctx, path, sessions)}
    ${
      Array.isArray(minutes) || sessions.length >= 6
        ? nothing
        : addButton('Add a session', () => ctx.set(`${path}/sessions/${sessions.length}`, { minutes: sessions.length ? 90 : 60 }))
    }
    ${
      minutes === undefined && !sessions.length
        ? html`<button type="button" @click=${() => ctx.set(`${path}/sessionMinutes`, [60])}>
            Offer lengths with one price and link for all
          </button>`
        : nothing
    }`;
}

/**
 * A technique's `sessionMinutes`: its lengths, each a number field with a Remove, and Add a length (up to six);
 * one price and booking link for all of them. `more`: what follows the lengths (such as a way to sessions).
 */
export function minutesEditor(ctx, path, minutes, more = nothing) {
  const at = `${path}/sessionMinutes`;
  return html`<fieldset class="lengths" data-path=${at} tabindex="-1">
    <legend>Session lengths, one price and booking link for all</legend>
    <div class="row">
      ${minutes.map(
        (_minutes, j) =>
          html`<div class="length">
            ${field(ctx, `${at}/${j}`, `Length ${j + 1} (minutes)`, { kind: 'number', placeholder: '60', emptyNumber: null })}
            ${
              minutes.length > 1
                ? html`<button
                    type="button"
                    class="remove"
                    aria-label=${`Remove length ${j + 1}`}
                    @click=${() => ctx.set(`${at}/${j}`, undefined)}
                  >
                    Remove
                  </button>`
                : nothing
            }
          </div>`,
      )}
    </div>
    ${
      minutes.length < 6
        ? addButton('Add a length', () => ctx.set(`${at}/${minutes.length}`, (Number(minutes.at(-1)) || 30) + 30))
        : nothing
    }
    ${more} ${ctx.problemsAt(at)}
  </fieldset>`;
}

/** The cards of a technique's sessions: minutes, price, the price as a number, booking link. */
export function sessionCards(ctx, path, sessions) {
  return html`${ctx.problemsAt(`${path}/sessions`)}
    <ol class="cards sessions">
      ${sessions.map((_session, j) => {
        const at = `${path}/sessions/${j}`;
        return card(
          ctx,
          at,
          `session ${j + 1}`,
          html`<div class="row">
              ${field(ctx, `${at}/minutes`, 'Minutes', { kind: 'number', placeholder: '60' })}
              ${field(ctx, `${at}/price`, 'Price', { placeholder: '$95' })}
              ${field(ctx, `${at}/amount`, 'Price as a number', { kind: 'number', placeholder: '95' })}
            </div>
            ${field(ctx, `${at}/bookingUrl`, 'Booking link for this session', { kind: 'url' })}`,
        );
      })}
    </ol>`;
}

/** A technique whose `sessionMinutes` become `sessions`, one per length, in the same place in the file. */
function toSessions(technique) {
  const entries = Object.entries(technique).flatMap(([key, value]) =>
    key === 'sessionMinutes' ? [['sessions', value.map((minutes) => ({ minutes }))]] : [[key, value]],
  );
  return Object.fromEntries(entries);
}

export function pictureAndBadge(ctx, path, { placeholders = {} } = {}) {
  return html`<div class="row">
      ${field(ctx, `${path}/image/src`, 'Picture address (https:)', { kind: 'url', placeholder: placeholders.image?.src ?? '' })}
      ${field(ctx, `${path}/image/alt`, 'What the picture shows', {
        help: 'For people who cannot see it.',
        placeholder: placeholders.image?.alt ?? '',
      })}
    </div>
    ${field(ctx, `${path}/badge`, 'Badge', { placeholder: placeholders.badge ?? 'Most popular' })}`;
}

function techniquesForm(ctx) {
  const techniques = ctx.rules.techniques ?? [];
  const add = () =>
    ctx.set(`/techniques/${techniques.length}`, {
      id: uniqueId('technique', itemIds(ctx.rules)),
      name: '',
      description: '',
      pressure: '',
      target: '',
      bestFor: '',
      deep: false,
      sessions: [{ minutes: 60 }],
    });
  return section(
    ctx,
    'techniques',
    'Techniques',
    'Your menu. A deep-pressure technique is never recommended to a visitor who reports a red flag. When two techniques have the same score, the one without deep pressure wins, then the one higher in this list.',
    html`${list(techniques, (technique, i) => {
      const path = `/techniques/${i}`;
      return card(
        ctx,
        path,
        `technique ${i + 1}${technique.name ? `: ${technique.name}` : ''}`,
        html`${field(ctx, `${path}/name`, 'Name', { required: true })} ${field(ctx, `${path}/id`, 'Id', { required: true })}
          ${field(ctx, `${path}/description`, 'Description', { required: true, multiline: true })}
          <div class="row">
            ${field(ctx, `${path}/pressure`, 'Depth of pressure', { required: true, placeholder: 'Medium' })}
            ${field(ctx, `${path}/target`, 'Primary target', { required: true })}
            ${field(ctx, `${path}/bestFor`, 'Best for', { required: true })}
          </div>
          ${field(ctx, `${path}/deep`, 'Deep pressure', { kind: 'checkbox', required: true, help: describe('Technique', 'deep') })}
          ${field(ctx, `${path}/price`, 'Price', { placeholder: 'from $95', help: "A session's own price wins." })}
          ${field(ctx, `${path}/bookingUrl`, 'Booking link', { kind: 'url', help: "A session's own link wins." })}
          ${sessionsEditor(ctx, path, technique)} ${pictureAndBadge(ctx, path)}`,
      );
    })}
    ${addButton('Add a technique', add)}`,
  );
}

/** An add-on's booking parameters: name = value pairs added to the booking link when it is recommended. */
export function bookingParamsEditor(ctx, path, { placeholder = {} } = {}) {
  const at = `${path}/bookingParams`;
  const params = ctx.get(at) ?? {};
  const entries = Object.entries(params);
  const rename = (from, to) => {
    if (!to || to === from || to in params) return renderAgain(ctx, at, params);
    ctx.set(at, Object.fromEntries(entries.map(([key, value]) => (key === from ? [to, value] : [key, value]))));
  };
  const shown = Object.entries(placeholder)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return html`<fieldset class="params" data-path=${at}>
    <legend>Booking link parameters</legend>
    <small
      >Added to the booking link when this add-on is recommended${shown ? ` (built in: ${shown})` : ''}, such as addon = hot-stones.</small
    >
    ${entries.map(([key], k) => {
      const id = fieldId(`${at}/${k}/name`);
      return html`<div class="row">
        <div class="field">
          <label for=${id}>Parameter ${k + 1}</label>
          <input id=${id} type="text" .value=${key} @change=${(event) => rename(key, event.target.value.trim())} />
        </div>
        ${field(ctx, `${at}/${segment(key)}`, `Value of ${key}`, { required: true })}
        <button type="button" class="remove" @click=${() => ctx.set(`${at}/${segment(key)}`, undefined)}>Remove parameter ${key}</button>
      </div>`;
    })}
    ${addButton('Add a booking parameter', () => ctx.set(`${at}/${segment(uniqueId('addon', Object.keys(params)))}`, ''))}
    ${ctx.problemsAt(at)}
  </fieldset>`;
}

/** Puts the value back in a field whose edit was refused (a parameter name that is empty or taken). */
const renderAgain = (ctx, path, value) => ctx.set(path, { ...value });

function addOnsForm(ctx) {
  const addOns = ctx.rules.addOns ?? [];
  const add = () => ctx.set(`/addOns/${addOns.length}`, { id: uniqueId('add-on', itemIds(ctx.rules)), name: '', description: '' });
  return section(
    ctx,
    'add-ons',
    'Add-ons',
    'Extras for a session, such as hot stones or aromatherapy.',
    html`${list(addOns, (addOn, i) => {
      const path = `/addOns/${i}`;
      return card(
        ctx,
        path,
        `add-on ${i + 1}${addOn.name ? `: ${addOn.name}` : ''}`,
        html`${field(ctx, `${path}/name`, 'Name', { required: true })} ${field(ctx, `${path}/id`, 'Id', { required: true })}
        ${field(ctx, `${path}/description`, 'Description', { required: true })}
        ${field(ctx, `${path}/price`, 'Price', { placeholder: '+ $20' })} ${bookingParamsEditor(ctx, path)} ${pictureAndBadge(ctx, path)}`,
      );
    })}
    ${addButton('Add an add-on', add)}`,
  );
}

/** "+N for technique" rows of a scoring rule. */
function scoreEditor(ctx, path, score) {
  const choices = itemChoices(ctx.rules);
  const entries = Object.entries(score ?? {});
  const rename = (from, to) =>
    ctx.set(path, Object.fromEntries(entries.map(([id, points]) => (id === from ? [to, points] : [id, points]))));
  const unused = choices.find(([id]) => !(id in (score ?? {})));
  return html`<fieldset class="score" data-path=${path}>
    <legend>Points</legend>
    ${entries.map(
      ([id, points]) =>
        html`<div class="row">
            <input
              type="number"
              step="1"
              aria-label=${`points for ${id}`}
              data-path=${`${path}/${segment(id)}`}
              .value=${String(points)}
              @input=${(event) => ctx.type(`${path}/${segment(id)}`, Number(event.target.value) || 0)}
            />
            <label class="inline"
              >for
              <select @change=${(event) => rename(id, event.target.value)}>
                ${choices.some(([key]) => key === id) ? nothing : html`<option value=${id} .selected=${live(true)}>${id} (unknown)</option>`}
                ${choices.map(
                  ([key, words]) =>
                    html`<option value=${key} .selected=${live(key === id)} ?disabled=${key !== id && key in score}>${words}</option>`,
                )}
              </select></label
            >
            <button type="button" class="remove" @click=${() => ctx.set(`${path}/${segment(id)}`, undefined)}>
              Remove points for ${id}
            </button>
          </div>
          ${ctx.problemsAt(`${path}/${segment(id)}`)}`,
    )}
    ${unused ? addButton('Add points', () => ctx.set(`${path}/${segment(unused[0])}`, 1)) : nothing} ${ctx.problemsAt(path)}
  </fieldset>`;
}

function scoringForm(ctx) {
  const { rules } = ctx;
  const scoring = rules.rules ?? [];
  const questions = rules.questions ?? [];
  const add = () =>
    ctx.set(`/rules/${scoring.length}`, {
      id: uniqueId(
        'rule',
        scoring.map((rule) => rule.id),
      ),
      when: questions.length ? newCondition(questions[0]) : { question: '', answered: true },
      score: rules.techniques?.length ? { [rules.techniques[0].id]: 1 } : {},
      reason: '',
    });
  return section(
    ctx,
    'scoring',
    'Scoring rules',
    'When a condition holds, the rule adds points to techniques or add-ons; the highest score is recommended.',
    html`${list(scoring, (rule, i) => {
      const path = `/rules/${i}`;
      return card(
        ctx,
        path,
        `scoring rule ${i + 1}`,
        html`${conditionEditor(ctx, `${path}/when`, rule.when, questions)} ${scoreEditor(ctx, `${path}/score`, rule.score)}
        ${field(ctx, `${path}/reason`, 'Because (shown to the visitor)', { required: true, placeholder: 'You like firm pressure.' })}
        ${field(ctx, `${path}/id`, 'Id', { required: true })}`,
      );
    })}
    ${addButton('Add a scoring rule', add)}`,
  );
}

function safetyForm(ctx) {
  const { rules } = ctx;
  const safety = rules.safety ?? [];
  const questions = rules.questions ?? [];
  const add = () =>
    ctx.set(`/safety/${safety.length}`, {
      id: uniqueId(
        'safety',
        safety.map((rule) => rule.id),
      ),
      when: questions.length ? newCondition(questions[0]) : { question: '', answered: true },
      action: 'exclude',
      exclude: [],
      message: '',
    });
  return section(
    ctx,
    'safety',
    'Safety rules',
    'They run before scoring and always win: refer the visitor to a doctor, send them to urgent care, or never recommend some techniques.',
    html`${list(safety, (rule, i) => {
      const path = `/safety/${i}`;
      return card(
        ctx,
        path,
        `safety rule ${i + 1}`,
        html`${conditionEditor(ctx, `${path}/when`, rule.when, questions)}
        ${choice(ctx, `${path}/action`, 'Then', [
          ['exclude', 'never recommend these'],
          ['refer', 'see a doctor first (no recommendation)'],
          ['emergency', 'get medical help now (no recommendation)'],
        ])}
        ${rule.action === 'exclude' || rule.exclude?.length ? idList(ctx, `${path}/exclude`, 'Never recommend', itemChoices(rules)) : nothing}
        ${field(ctx, `${path}/message`, 'What the visitor is told', { required: true, multiline: true })}
        ${field(ctx, `${path}/id`, 'Id', { required: true })}`,
      );
    })}
    ${addButton('Add a safety rule', add)}`,
  );
}

function plansForm(ctx) {
  const { rules } = ctx;
  const plans = rules.plans ?? [];
  return section(
    ctx,
    'plans',
    'Plans',
    'How often to book. The first plan whose condition holds is shown; a plan with no condition always applies.',
    html`${list(plans, (plan, i) => {
      const path = `/plans/${i}`;
      return card(
        ctx,
        path,
        `plan ${i + 1}${plan.title ? `: ${plan.title}` : ''}`,
        html`${field(ctx, `${path}/title`, 'Title', { required: true })} ${field(ctx, `${path}/frequency`, 'How often', { required: true })}
        ${field(ctx, `${path}/duration`, 'For how long')}
        ${conditionEditor(ctx, `${path}/when`, plan.when, rules.questions ?? [], { optional: true, label: 'Only when' })}
        ${field(ctx, `${path}/id`, 'Id', { required: true })}`,
      );
    })}
    ${addButton('Add a plan', () =>
      ctx.set(`/plans/${plans.length}`, {
        id: uniqueId(
          'plan',
          plans.map((p) => p.id),
        ),
        title: '',
        frequency: '',
      }),
    )}`,
  );
}

function tipsForm(ctx, name, title, intro) {
  const { rules } = ctx;
  const tips = rules[name] ?? [];
  return section(
    ctx,
    name,
    title,
    intro,
    html`${list(tips, (_tip, i) => {
      const path = `/${name}/${i}`;
      return card(
        ctx,
        path,
        `${name === 'aftercare' ? 'tip' : 'caution'} ${i + 1}`,
        html`${field(ctx, `${path}/text`, 'Text', { required: true, multiline: true })}
        ${conditionEditor(ctx, `${path}/when`, rules[name][i].when, rules.questions ?? [], { optional: true, label: 'Only when' })}
        ${field(ctx, `${path}/id`, 'Id (optional, for your own reference)')}`,
      );
    })}
    ${addButton(name === 'aftercare' ? 'Add an aftercare tip' : 'Add a caution', () => ctx.set(`/${name}/${tips.length}`, { text: '' }))}`,
  );
}

export function stringsForm(ctx) {
  return section(
    ctx,
    'strings',
    'Interface text',
    'Every heading and button of the widget. Leave a field empty to keep the default shown in it.',
    html`<div class="strings">
      ${Object.entries(defaultStrings).map(([key, text]) =>
        field(ctx, `/strings/${key}`, key, { placeholder: text, help: describe('Strings', key).replace(/ ?Default: .*$/, '') }),
      )}
    </div>`,
  );
}

/** The answers of one example, question by question. */
function answersEditor(ctx, path, answers) {
  return html`<fieldset class="answers" data-path=${path}>
    <legend>Answers</legend>
    ${(ctx.rules.questions ?? []).map((question) => {
      const at = `${path}/${segment(question.id)}`;
      const value = answers?.[question.id];
      const id = fieldId(at);
      let control;
      if (question.type === 'scale') {
        control = html`<input
          id=${id}
          data-path=${at}
          type="number"
          min="0"
          max="10"
          .value=${value === undefined ? '' : String(value)}
          @input=${(event) => ctx.type(at, event.target.value === '' ? undefined : Number(event.target.value))}
        />`;
      } else if (question.type === 'single') {
        control = html`<select id=${id} data-path=${at} @change=${(event) => ctx.set(at, event.target.value || undefined)}>
          <option value="" .selected=${live(value === undefined)}>(not answered)</option>
          ${question.options.map(
            (option) => html`<option value=${option.id} .selected=${live(option.id === value)}>${option.label || option.id}</option>`,
          )}
        </select>`;
      } else {
        const chosen = Array.isArray(value) ? value : [];
        // A group named by the question (a label cannot name a set of checkboxes).
        return html`<fieldset class="field checks" id=${id} data-path=${at} tabindex="-1">
          <legend>${question.text || question.id}</legend>
          ${question.options.map(
            (option) =>
              html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${chosen.includes(option.id)}
                  @change=${(event) => {
                    const next = event.target.checked ? [...chosen, option.id] : chosen.filter((each) => each !== option.id);
                    ctx.set(at, next.length ? next : undefined);
                  }}
                />${option.label || option.id}</label
              >`,
          )}
          ${ctx.problemsAt(at)}
        </fieldset>`;
      }
      return html`<div class="field"><label for=${id}>${question.text || question.id}</label>${control}${ctx.problemsAt(at)}</div>`;
    })}
    ${ctx.problemsAt(path)}
  </fieldset>`;
}

export function examplesForm(ctx) {
  const { rules } = ctx;
  const examples = rules.examples ?? [];
  const outcomes = [
    ...(rules.techniques ?? []).map((t) => [t.id, t.name || t.id]),
    ['refer', 'see a doctor first'],
    ['emergency', 'get medical help now'],
  ];
  const named = new Map([...outcomes, ...(rules.addOns ?? []).map((a) => [a.id, a.name || a.id])]);
  const outcomeName = (id) => named.get(id) ?? id;
  return section(
    ctx,
    'examples',
    'Examples (test visitors)',
    'Answers with the result they must give. They run as you edit; save the preview’s answers as one with “Save as an example”.',
    html`${list(examples, (example, i) => {
      const path = `/examples/${i}`;
      const outcome = ctx.outcomes?.[i];
      return card(
        ctx,
        path,
        `example ${i + 1}${example.name ? `: ${example.name}` : ''}`,
        html`<p class="outcome" data-passed=${outcome ? String(outcome.passed) : nothing}>
            ${
              outcome
                ? outcome.passed
                  ? '✓ passes'
                  : `✗ fails: must give ${outcomeName(outcome.expected)}, gives ${outcomeName(outcome.actual)}${outcome.missingAddOns.length ? `; add-ons missing: ${outcome.missingAddOns.map(outcomeName).join(', ')}` : ''}`
                : 'Runs once the file has no problems.'
            }
          </p>
          ${field(ctx, `${path}/name`, 'Name', { required: true })} ${answersEditor(ctx, `${path}/answers`, example.answers)}
          ${choice(ctx, `${path}/expect`, 'Must give', outcomes)}
          ${
            (rules.addOns ?? []).length
              ? idList(
                  ctx,
                  `${path}/expectAddOns`,
                  'and these add-ons',
                  rules.addOns.map((a) => [a.id, a.name || a.id]),
                )
              : nothing
          }`,
      );
    })}
    ${addButton('Add an example', () =>
      ctx.set(`/examples/${examples.length}`, {
        name: `Visitor ${examples.length + 1}`,
        answers: {},
        expect: rules.techniques?.[0]?.id ?? 'refer',
      }),
    )}`,
  );
}

const parts = [
  ['studio', 'Studio'],
  ['questions', 'Questions'],
  ['techniques', 'Techniques'],
  ['add-ons', 'Add-ons'],
  ['scoring', 'Scoring'],
  ['safety', 'Safety'],
  ['plans', 'Plans'],
  ['aftercare', 'Aftercare'],
  ['cautions', 'Cautions'],
  ['strings', 'Texts'],
  ['examples', 'Examples'],
  ['problems-heading', 'Problems and preview'],
];

/** The whole form, part by part (`extension`: the forms of a file that extends the built-in rules). */
export function rulesForm(ctx, extension) {
  if (ctx.rules === null || typeof ctx.rules !== 'object' || Array.isArray(ctx.rules)) {
    return html`<p class="hint">The file cannot be shown as forms until its JSON can be read: fix it in the JSON view.</p>`;
  }
  if (ctx.rules.extends === 'default') return extension(ctx);
  return html`<nav class="parts" aria-label="Parts of the rules">${parts.map(([id, words]) => html`<a href=${`#${id}`}>${words}</a>`)}</nav>
    ${studioForm(ctx)} ${questionsForm(ctx)} ${techniquesForm(ctx)} ${addOnsForm(ctx)} ${scoringForm(ctx)} ${safetyForm(ctx)}
    ${plansForm(ctx)} ${tipsForm(ctx, 'aftercare', 'Aftercare tips', 'Every tip whose condition holds is shown with the result.')}
    ${tipsForm(ctx, 'cautions', 'When massage might not be enough', 'Advice shown with the result when its condition holds.')}
    ${stringsForm(ctx)} ${examplesForm(ctx)}`;
}
