import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--massage-selector-accent, #2e5e4e);
    --_on-accent: var(--massage-selector-on-accent, #fff);
    --_text: var(--massage-selector-text, #1d2327);
    --_muted: var(--massage-selector-muted, #4b5563);
    --_surface: var(--massage-selector-surface, #fff);
    --_soft: var(--massage-selector-soft, #eef4f1);
    --_line: var(--massage-selector-line, #6b7280);
    --_danger: var(--massage-selector-danger, #a4161a);
    --_radius: var(--massage-selector-radius, 12px);
    display: block;
    min-height: var(--massage-selector-min-height, 26rem);
    color: var(--_text);
    font: var(--massage-selector-font, 1rem/1.5 system-ui, sans-serif);
  }
  [part~='panel'] {
    box-sizing: border-box;
    max-width: 40rem;
    margin: auto;
    padding: clamp(1rem, 4vw, 2rem);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.5rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.15em;
    margin-top: 1.25rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 2px dashed var(--_accent);
  }
  p {
    margin: 0 0 0.75rem;
  }
  .step {
    font-size: 0.95em;
    color: var(--_muted);
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
    margin-bottom: 1rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-size: 1.25em;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .help,
  small {
    display: block;
    color: var(--_muted);
  }
  [part~='option'] {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.6rem 0.75rem;
    margin: 0.5rem 0;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  [part~='option']:has(:checked) {
    background: var(--_soft);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .scale [part~='option'] {
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    min-width: 2.75rem;
    margin: 0;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    margin-top: 0.25rem;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.25rem;
  }
  button,
  a[part~='book'] {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.6rem 1.25rem;
    border-radius: 999px;
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  [part~='primary'],
  [part~='book'],
  a[part~='book'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0.75rem 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0 0 0.75rem;
    padding-left: 1.25rem;
  }
  li {
    margin: 0.25rem 0;
  }
  details {
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 1.5rem;
  }
  .note {
    background: var(--_soft);
    border-left: 4px solid var(--_accent);
    padding: 0.75rem 1rem;
  }
  @media (max-width: 480px) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.5rem;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='option'] {
      transition: background-color 0.15s;
    }
  }
`;
