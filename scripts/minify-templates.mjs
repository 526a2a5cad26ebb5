// A rollup plugin: squeezes white space out of the widget's CSS and HTML templates,
// which terser leaves alone. Only line breaks with their indentation are collapsed in HTML,
// so rendered text keeps its spaces.
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/lib\/.*\.js$/.test(id)) return null;
      if (id.endsWith('.styles.js')) {
        return code.replace(/`([^`]*)`/, (_, css) =>
          '`' + css.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1').replace(/;}/g, '}').trim() + '`',
        );
      }
      return code.replace(/\bhtml\s*`[^`]*`/g, (template) => template.replace(/\s*\n\s*/g, ' ').replace(/ \/>/g, '>'));
    },
  };
}
