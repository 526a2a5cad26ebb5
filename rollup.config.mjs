import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// dist/massage-selector.js: one self-registering file with Lit and the default rules inside,
// no import or export, so it works as <script src> and as <script type="module" src>.
export default {
  input: 'lib/define.js',
  output: {
    file: 'dist/massage-selector.js',
    format: 'iife',
    sourcemap: false,
  },
  plugins: [
    minifyTemplates(),
    resolve({ exportConditions: ['production', 'browser', 'default'] }),
    terser({
      ecma: 2021,
      module: false,
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      format: { comments: false },
      // The element's private members: names used nowhere else in the bundle, so they can be shortened.
      mangle: {
        properties: {
          regex: /^(showRequired|moveFocus|failure|given|request|renderStep|renderFailure|restart|choose|emit|pending|sheet|wording)$/,
        },
      },
    }),
  ],
};
