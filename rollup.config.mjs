import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// dist/massage-selector.js: one self-registering file with Lit and the default rules inside,
// no import or export, so it works as <script src> and as <script type="module" src>.
export default {
  input: 'lib/massage-selector.js',
  output: {
    file: 'dist/massage-selector.js',
    format: 'iife',
    sourcemap: false,
  },
  plugins: [
    resolve({ exportConditions: ['production', 'browser', 'default'] }),
    terser({
      ecma: 2021,
      module: false,
      compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
      format: { comments: false },
    }),
  ],
};
