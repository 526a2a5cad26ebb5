// A host page that uses Lit (or its own Trusted Types policy of that name) before the widget loads; with
// ?host-policy=default in the page's address, a host page with its own default policy instead.
window.hostPolicy = trustedTypes.createPolicy(new URLSearchParams(location.search).get('host-policy') ?? 'lit-html', {
  createHTML: (html) => html,
});
