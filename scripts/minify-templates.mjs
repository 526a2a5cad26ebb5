// A rollup plugin: squeezes white space out of the widget's CSS and of the static parts of its
// lit-html templates, which terser leaves alone. In HTML only line breaks (with their indentation)
// are touched: next to a tag they go, elsewhere they become one space, so rendered text keeps its spaces.
const squeezeCss = (css) =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]') // [part~='book'] needs no quotes
    .trim();

const squeezeHtml = (text) =>
  text
    .replace(/\s*\n\s*>/g, '>') // inside a tag, before its closing '>' (Prettier's `<span\n  >`)
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ \/>/g, '>');

/** Every static part (quasi) of `html`-tagged templates and of the `styles` template, with its kind. */
function templateParts(node, parts = []) {
  if (!node || typeof node.type !== 'string') return parts;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
    for (const quasi of node.quasi.quasis) parts.push({ quasi, squeeze: squeezeHtml });
  }
  if (node.type === 'VariableDeclarator' && node.id.name === 'styles' && node.init?.type === 'TemplateLiteral') {
    for (const quasi of node.init.quasis) parts.push({ quasi, squeeze: squeezeCss });
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => templateParts(child, parts));
    else if (value && typeof value === 'object') templateParts(value, parts);
  }
  return parts;
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/lib\/.*\.js$/.test(id)) return null;
      const parts = templateParts(this.parse(code)).sort((a, b) => b.quasi.start - a.quasi.start);
      for (const { quasi, squeeze } of parts) {
        code = code.slice(0, quasi.start) + squeeze(code.slice(quasi.start, quasi.end)) + code.slice(quasi.end);
      }
      return { code, map: null };
    },
  };
}
