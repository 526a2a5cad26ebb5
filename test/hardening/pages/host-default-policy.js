// A host page with its own Trusted Types default policy (one that lets HTML through unchanged).
window.hostPolicy = trustedTypes.createPolicy('default', { createHTML: (html) => html });
