// A host page whose script (a broken polyfill, a registry wrapper) makes customElements.define throw.
customElements.define = () => {
  throw new Error('the host page refuses new elements');
};
