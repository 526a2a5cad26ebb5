/** The widget's CSS, adopted as a constructable stylesheet (no inline styles: works under a strict CSP). */
export const styles = `
  :host {
    --a: var(--massage-selector-accent, #2e5e4e);
    --m: var(--massage-selector-muted, #4b5563);
    --s: var(--massage-selector-surface, #fff);
    --o: var(--massage-selector-soft, #eef4f1);
    --d: var(--massage-selector-danger, #a4161a);
    --l: 1px solid var(--massage-selector-line, #6b7280);
    --r: var(--massage-selector-radius, 12px);
    --c: var(--massage-selector-control-radius, 8px);
    --g: var(--massage-selector-gap, 0.5rem);
    display: block;
    color: var(--massage-selector-text, #1d2327);
    font: var(--massage-selector-font, 1rem/1.5 system-ui, sans-serif);
  }
  /* Lined up with the host's content; --massage-selector-margin: auto centres it. */
  section {
    max-width: 40rem;
    margin: var(--massage-selector-margin, 0);
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
  h3,
  h4 {
    font-size: 1.1em;
  }
  /* The host's size at 600, as on the buttons: a size and weight already drawn, so the result's card needs no new font look-up (a synchronous call to the browser: 1-5 ms). */
  h2 small {
    font-size: 0.76924em;
    font-weight: 600;
  }
  p,
  ul {
    margin: 0 0 0.75rem;
  }
  .step,
  .help,
  small,
  dt,
  .chips legend {
    display: block;
    color: var(--m);
  }
  .chips legend {
    font: inherit;
    margin: 0;
  }
  /* The question's legend sits in its fieldset's border, where its top margin does not count: the gap is here. */
  progress {
    display: block;
    width: 100%;
    margin-bottom: 1rem;
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
    margin: var(--g) 0;
    border: var(--l);
    border-radius: var(--c);
  }
  [part~='option-selected'] {
    background: var(--o);
    outline: 2px solid var(--a);
  }
  progress,
  input {
    accent-color: var(--a);
  }
  input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
  }
  /* 0-10 on one row where it fits (six a row on a 320 px phone), the end labels under 0 and 10. */
  .scale {
    display: grid;
    grid: auto / repeat(auto-fit, minmax(2.5rem, 1fr));
    gap: 1.5rem 0.25rem;
    margin-bottom: 1.5rem;
  }
  .scale small {
    position: absolute;
    top: 100%;
    left: 0;
    white-space: nowrap;
  }
  .scale label:last-child small {
    left: auto;
    right: 0;
  }
  .scale label {
    position: relative;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.5rem 0;
    margin: 0;
  }
  .error {
    color: var(--d);
    font-weight: 600;
  }
  .actions,
  .chips {
    display: flex;
    gap: var(--g);
    margin-top: 1.25rem;
  }
  .chips {
    flex-wrap: wrap;
    margin: 0 0 1rem;
  }
  .chips label {
    margin: 0;
  }
  /* Links are buttons too: Book, the call links, and the studio's booking page in the fallback. */
  button,
  a {
    box-sizing: border-box;
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--massage-selector-button-radius, 99px);
    border: 2px solid var(--a);
    background: var(--s);
    color: var(--a);
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    overflow-wrap: normal;
  }
  [part~='primary'],
  [part~='book'],
  [part~='emergency-call'] {
    background: var(--a);
    color: var(--massage-selector-on-accent, #fff);
  }
  [part~='emergency-call'] {
    background: var(--d);
    border-color: var(--d);
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
    display: flow-root;
    border: var(--l);
    border-radius: var(--c);
    padding: 0.5rem 0.75rem;
    margin: var(--g) 0;
  }
  .card {
    border-radius: var(--r);
    padding: 0 1rem 1rem;
  }
  [part~='card'] {
    border: 2px solid var(--a);
  }
  [part~='emergency'] {
    border: 2px solid var(--d);
    color: var(--d);
    font-weight: 600;
  }
  summary {
    font-weight: 600;
  }
  img {
    float: right;
    margin: 1rem 0 0.5rem 0.75rem;
    border-radius: var(--c);
    object-fit: cover;
  }
  .badge {
    display: inline-block;
    margin-top: 1rem;
    padding: 0 0.6rem;
    border-radius: 99px;
    background: var(--o);
  }
`;
