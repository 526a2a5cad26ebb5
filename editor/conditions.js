// The condition editor: "when question … includes … option" in plain words, built from the questions the
// condition may look at; "all of these", "any of these" and "not" hold further conditions.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldId, segment } from './paths.js';

/** The tests that fit a question, in words. */
const testsFor = (question) =>
  question.type === 'scale'
    ? [
        ['atLeast', 'is at least'],
        ['atMost', 'is at most'],
        ['equals', 'is exactly'],
        ['answered', 'is answered'],
      ]
    : question.type === 'multiple'
      ? [
          ['includesAny', 'includes any of'],
          ['includesAll', 'includes all of'],
          ['answered', 'is answered'],
        ]
      : [
          ['equals', 'is'],
          ['oneOf', 'is one of'],
          ['answered', 'is answered'],
        ];

/** A test's starting value for a question: its first option, or the scale's middle. */
function startValue(question, test) {
  const first = question.options?.[0]?.id ?? '';
  if (test === 'answered') return true;
  if (question.type === 'scale') return 5;
  return test === 'equals' ? first : first ? [first] : [];
}

/** A new condition on `question`: its first test with its starting value. */
export function newCondition(question) {
  const test = testsFor(question)[0][0];
  return { question: question.id, [test]: startValue(question, test) };
}

const kindOf = (condition) => ['all', 'any', 'not'].find((key) => condition && key in condition) ?? 'leaf';

/**
 * The editor of the condition at `path` (`condition` is its value, or undefined when `optional` and absent).
 * `questions` are the ones it may look at (earlier questions for a showIf). `ctx.set(path, value)` changes it.
 */
export function conditionEditor(ctx, path, condition, questions, { optional = false, label = 'When' } = {}) {
  if (!questions.length) return html`<p class="hint">${label}: add a question first; conditions look at its answers.</p>`;
  if (condition === undefined) {
    return optional
      ? html`<button type="button" class="add" @click=${() => ctx.set(path, newCondition(questions[0]))}>Add a condition</button>`
      : nothing;
  }
  const kind = kindOf(condition);
  const changeKind = (event) => {
    const next = event.target.value;
    const inner = kind === 'leaf' ? condition : kind === 'not' ? condition.not : (condition[kind][0] ?? newCondition(questions[0]));
    ctx.set(path, next === 'leaf' ? inner : next === 'not' ? { not: inner } : { [next]: [inner] });
  };
  return html`<div class="condition" data-path=${path} role="group" aria-label=${label}>
    <label class="inline"
      >${label}
      <select id=${fieldId(path)} @change=${changeKind}>
        ${[
          ['leaf', 'an answer'],
          ['all', 'all of these hold'],
          ['any', 'any of these holds'],
          ['not', 'this does not hold'],
        ].map(([key, words]) => html`<option value=${key} .selected=${live(key === kind)}>${words}</option>`)}
      </select></label
    >
    ${
      kind === 'leaf'
        ? leafEditor(ctx, path, condition, questions)
        : kind === 'not'
          ? conditionEditor(ctx, `${path}/not`, condition.not, questions, { label: 'not' })
          : html`<ol class="conditions">
                ${condition[kind].map(
                  (inner, i) =>
                    html`<li>
                      ${conditionEditor(ctx, `${path}/${kind}/${i}`, inner, questions, { label: `Condition ${i + 1}` })}
                      <button type="button" class="remove" @click=${() => ctx.set(`${path}/${kind}/${i}`, undefined)}>
                        Remove condition ${i + 1}
                      </button>
                    </li>`,
                )}
              </ol>
              <button
                type="button"
                class="add"
                @click=${() => ctx.set(`${path}/${kind}/${condition[kind].length}`, newCondition(questions[0]))}
              >
                Add a condition
              </button>`
    }
    ${optional ? html`<button type="button" class="remove" @click=${() => ctx.set(path, undefined)}>Remove the condition</button>` : nothing}
    ${ctx.problemsAt(path)}
  </div>`;
}

/** "question [select] [test] [value]" for one comparison. */
function leafEditor(ctx, path, condition, questions) {
  const question = questions.find((each) => each.id === condition.question);
  const test = Object.keys(condition).find((key) => key !== 'question');
  const questionSelect = html`<label class="inline"
    >question
    <select
      data-path=${`${path}/question`}
      @change=${(event) => ctx.set(path, newCondition(questions.find((each) => each.id === event.target.value)))}
    >
      ${
        question
          ? nothing
          : html`<option value=${condition.question ?? ''} .selected=${live(true)}>${condition.question ?? '(choose)'} (unknown)</option>`
      }
      ${questions.map((each) => html`<option value=${each.id} .selected=${live(each.id === condition.question)}>${each.text || each.id}</option>`)}
    </select></label
  >`;
  if (!question) return html`${questionSelect}${ctx.problemsAt(`${path}/question`)}`;
  const tests = testsFor(question);
  const value = condition[test];
  const at = `${path}/${segment(test ?? '')}`;
  const testSelect = html`<select
    aria-label="how the answer is compared"
    data-test=${path}
    @change=${(event) => ctx.set(path, { question: question.id, [event.target.value]: startValue(question, event.target.value) })}
  >
    ${tests.some(([key]) => key === test) ? nothing : html`<option value=${test ?? ''} .selected=${live(true)}>${test ?? '(choose)'}</option>`}
    ${tests.map(([key, words]) => html`<option value=${key} .selected=${live(key === test)}>${words}</option>`)}
  </select>`;
  let valueEditor;
  if (test === 'answered') {
    valueEditor = html`<select
      aria-label="answered or not"
      data-path=${at}
      @change=${(event) => ctx.set(at, event.target.value === 'true')}
    >
      <option value="true" .selected=${live(value === true)}>yes</option>
      <option value="false" .selected=${live(value === false)}>no (left unanswered)</option>
    </select>`;
  } else if (question.type === 'scale') {
    valueEditor = html`<input
      type="number"
      min="0"
      max="10"
      step="1"
      aria-label="number from 0 to 10"
      data-path=${at}
      .value=${String(value ?? '')}
      @input=${(event) => ctx.type(at, event.target.value === '' ? undefined : Number(event.target.value))}
    />`;
  } else if (test === 'equals') {
    valueEditor = html`<select aria-label="option" data-path=${at} @change=${(event) => ctx.set(at, event.target.value)}>
      ${question.options.map(
        (option) => html`<option value=${option.id} .selected=${live(option.id === value)}>${option.label || option.id}</option>`,
      )}
    </select>`;
  } else {
    const chosen = Array.isArray(value) ? value : [];
    valueEditor = html`<fieldset class="choices" data-path=${at}>
      <legend class="visually-hidden">options</legend>
      ${question.options.map(
        (option) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${chosen.includes(option.id)}
              @change=${(event) => ctx.set(at, event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
            />${option.label || option.id}</label
          >`,
      )}
    </fieldset>`;
  }
  return html`${questionSelect} ${testSelect} ${valueEditor} ${ctx.problemsAt(at)}`;
}
