// A host page that uses Lit (or its own Trusted Types policy of that name) before the widget loads.
window.hostPolicy = trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });
