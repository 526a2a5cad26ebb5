/** The widget's CSS, adopted as a constructable stylesheet (no inline styles: works under a strict CSP). */
export const styles = `
  :host {
    --a: var(--massage-selector-accent, #2e5e4e);
    --m: var(--massage-selector-muted, #4b5563);
    --s: var(--massage-selector-surface, #fff);
    --l: 1px solid var(--massage-selector-line, #6b7280);
    --r: var(--massage-selector-radius, 12px);
    display: block;
    color: var(--massage-selector-text, #1d2327);
    font: var(--massage-selector-font, 1rem/1.5 system-ui, sans-serif);
  }
  section {
    max-width: 40rem;
    margin: auto;
    padding: clamp(1rem, 4vw, 2rem);
    background: var(--s);
    border: var(--l);
    border-radius: var(--r);
    overflow-wrap: anywhere;
  }
  /* Space kept while src rules load, so the page does not jump; gone once they are in. */
  .loading {
    min-height: var(--massage-selector-min-height, 26rem);
  }
  h2,
  h3,
  legend {
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
    margin: 1rem 0 0.5rem;
    padding: 0;
  }
  h3 {
    font-size: 1.1em;
  }
  h2 small {
    font-size: 0.75em;
  }
  p,
  ul {
    margin: 0 0 0.75rem;
  }
  .step,
  .help,
  small,
  dt {
    display: block;
    color: var(--m);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  label {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
    border: var(--l);
    border-radius: 8px;
  }
  label:has(:checked) {
    background: var(--massage-selector-soft, #eef4f1);
    outline: 2px solid var(--a);
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--a);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .scale label {
    flex-direction: column;
    margin: 0;
  }
  .error {
    color: var(--massage-selector-danger, #a4161a);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.25rem;
  }
  /* Links are buttons too: Book, and the studio's phone and booking page in the fallback. */
  button,
  a {
    box-sizing: border-box;
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: 99px;
    border: 2px solid var(--a);
    background: var(--s);
    color: var(--a);
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  [part~='primary'],
  [part~='book'] {
    background: var(--a);
    color: var(--massage-selector-on-accent, #fff);
  }
  :focus-visible {
    outline: 3px solid var(--a);
    outline-offset: 2px;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  details,
  .note,
  .card {
    border: var(--l);
    border-radius: 8px;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .card {
    border: 2px solid var(--a);
    border-radius: var(--r);
    padding: 0 1rem 1rem;
  }
  summary {
    font-weight: 600;
  }
`;
