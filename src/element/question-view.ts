import { html, nothing } from 'lit/html.js';
import { scalePoints } from '../rules/list.js';
import type { Question } from '../rules/types.js';

/** One question as a fieldset of native radios or checkboxes, with its help and required error above them (in view on a phone). Checked states are set by the element after each render, from the answers. */
export function questionView(
  question: Question,
  showRequired: boolean | undefined,
  text: (key: 'required') => string,
  choose: (question: Question, event: Event) => void,
) {
  const help = question.help;
  const described = [help ? 'help' : '', showRequired ? 'required' : ''].join(' ').trim();
  const onChange = (event: Event) => choose(question, event);
  const choices =
    question.type === 'scale'
      ? // The end labels belong to 0 and 10, so each radio's name carries its meaning ("0 Nada").
        html`<div class="scale">
          ${scalePoints.map((point) => {
            const end = point === 0 ? question.minLabel : point === 10 ? question.maxLabel : '';
            return html`<label part="option"
              ><input
                type="radio"
                name="answer"
                value=${point}
                @change=${onChange}
              />${point}${end ? html`<small>${end}</small>` : nothing}</label
            >`;
          })}
        </div>`
      : question.options.map(
          (option) =>
            html`<label part="option"
              ><input type=${question.type === 'single' ? 'radio' : 'checkbox'} name="answer" value=${option.id} @change=${onChange} /><span
                >${option.label}${option.help ? html`<small>${option.help}</small>` : nothing}</span
              ></label
            >`,
        );
  return html`<fieldset
    data-question=${question.id}
    aria-describedby=${described || nothing}
    aria-invalid=${showRequired ? 'true' : nothing}
  >
    <legend part="question">${question.text}</legend>
    ${help ? html`<p class="help" id="help" part="help">${help}</p>` : nothing}
    ${showRequired ? html`<p class="error" id="required" part="error">${text('required')}</p>` : nothing} ${choices}
  </fieldset>`;
}
