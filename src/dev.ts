/** Development checks on: `lib/` keeps them; the bundle's build sets this to `false`, and the minifier drops them. */
export const DEV = true;

/**
 * Whether this is the one-file bundle, which returns before anything runs where there is no DOM (its `intro`
 * in rollup.config.mjs): `lib/` checks for a DOM itself; the bundle's build sets this to `true`.
 */
export const BUNDLE = false;
