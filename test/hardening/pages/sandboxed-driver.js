// Runs inside <iframe sandbox="allow-scripts"> (an opaque origin: the test page cannot reach in), drives the
// widget on the parent's request and answers with what a visitor would see. No forms may be submitted here.
const widget = () => document.querySelector('massage-selector');
const root = () => widget().shadowRoot;
const state = () => ({
  question: root().querySelector('fieldset')?.dataset.question ?? null,
  result: root().querySelector('[part~="result-heading"]')?.textContent ?? null,
  step: root().querySelector('.step')?.textContent ?? null,
});
const actions = {
  async ready() {
    await customElements.whenDefined('massage-selector');
    for (let tries = 0; tries < 100 && !root()?.querySelector('legend'); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  },
  tick: ({ value }) => root().querySelector(`input[value="${value}"]`).click(),
  first: () => root().querySelector('fieldset input').click(),
  next: () => root().querySelector('[part~="primary"]').click(),
  back: () => [...root().querySelectorAll('button')].find((button) => button.textContent === 'Back').click(),
  focus: ({ value }) => root().querySelector(`input[value="${value}"]`).focus(),
};
addEventListener('message', async ({ data, source }) => {
  await actions[data.action](data);
  await widget().updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 30));
  source.postMessage({ id: data.id, ...state() }, '*');
});
