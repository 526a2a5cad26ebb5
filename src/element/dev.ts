/** Development checks on: `lib/` keeps them; the bundle's build sets this to `false`, and the minifier drops them. */
export const DEV = true;
