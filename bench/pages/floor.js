// The floor for first paint: a trivial LitElement that renders one line, loaded like the widget.
import { LitElement, html } from 'lit';

customElements.define(
  'floor-element',
  class extends LitElement {
    render() {
      return html`<fieldset><legend>Before we start</legend></fieldset>`;
    }
  },
);
