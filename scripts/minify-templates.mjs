import { _$LH as lit } from 'lit/html.js'; // in Node: lit-html's server build, with the same template parser
import { boundSuffix, childMarker, marker } from './trim-lit.mjs';

// A rollup plugin: squeezes white space out of the widget's CSS and of the static parts of its
// lit-html templates, which terser leaves alone. In HTML only line breaks (with their indentation)
// are touched: next to a tag they go, elsewhere they become one space, so rendered text keeps its spaces.
// Then it prepares each template as lit-html's template parser would in the browser (see `prepare`), so
// the bundle carries no template parser (-412 B gzip).
export const squeezeCss = (css) =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // No space around braces, semicolons, commas and child combinators, nor after a colon; a space before a colon
    // stays: it is a descendant combinator (`.a :focus-visible` is not `.a:focus-visible`).
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]') // [part~='book'] needs no quotes
    .trim();

const squeezeHtml = (text) =>
  text
    .replace(/\s*\n\s*>/g, '>') // inside a tag, before its closing '>' (Prettier's `<span\n  >`)
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/ \/>/g, '>')
    .replace(/(\s[a-z-]+)="([\w-]+)"/g, '$1=$2'); // type="button" needs no quotes

/** The `html`-tagged templates (their static parts) and the parts of the `styles` template. */
function templatesIn(node, found = { html: [], css: [] }) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
    found.html.push(node.quasi.quasis);
  }
  if (node.type === 'VariableDeclarator' && node.id.name === 'styles' && node.init?.type === 'TemplateLiteral') {
    found.css.push(...node.init.quasis);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => templatesIn(child, found));
    else if (value && typeof value === 'object') templatesIn(value, found);
  }
  return found;
}

const cook = (raw) => new Function(`return \`${raw}\``)();
const uncook = (text) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

/**
 * A template's static parts as lit-html's template parser would prepare them in the browser (the markers for
 * child parts, the suffix of bound attributes), with the bundle's short markers (scripts/trim-lit.mjs) in place
 * of lit-html's random one: lit-html's own parser, run here, so the bundle needs none (scripts/trim-lit.mjs takes
 * it out). A static part that holds a `$` (the bundle's markers) or lit-html's marker, or an attribute binding
 * whose name is not lower case (the browser lower-cases it, and the bundle reads the name back from the
 * attribute), fails the build.
 */
function prepare(strings) {
  for (const text of strings)
    if ([marker, boundSuffix, lit.P, lit.M].some((held) => text.includes(held)))
      throw new Error(`minify-templates: a template holds a marker ($): ${text}`);
  const prepared = (count) => {
    const parts = Object.assign(strings.slice(0, count + 1), { raw: strings.slice(0, count + 1) });
    const [html, names] = lit.L(parts, 1);
    for (const name of names)
      if (name !== name.toLowerCase()) throw new Error(`minify-templates: the attribute binding "${name}" is not lower case`);
    return html.slice(0, html.length - (parts[count] || '<?>').length);
  };
  const pieces = [];
  for (let i = 1, before = ''; i < strings.length; i++) {
    const upTo = prepared(i);
    pieces.push(upTo.slice(before.length));
    before = upTo;
  }
  pieces.push(strings[strings.length - 1] || '<?>');
  // What the bundle's lit-html no longer finds (scripts/trim-lit.mjs): element bindings (the marker and the
  // binding's index) and comments, where a binding would be a comment part.
  const html = pieces.join('');
  if (html.split(lit.P).some((after, i) => i > 0 && /^\d/.test(after)))
    throw new Error(`minify-templates: a template binds an element (<div \${x}>): ${strings.join('${…}')}`);
  if (/<[!?]|<\/[^a-z]/i.test(html.replaceAll(`<?${lit.P}>`, '').replace(/<\?>$/, '')))
    throw new Error(`minify-templates: a template has a comment: ${strings.join('${…}')}`);
  // What the bundle's lit-html no longer has (scripts/trim-lit.mjs): an attribute binding that is not the whole value.
  for (const [, value] of html.matchAll(new RegExp(`${lit.M.replaceAll('$', '\\$')}=("[^"]*"|'[^']*'|[^\\s>]*)`, 'g')))
    if (value.replace(/^(["'])(.*)\1$/, '$2') !== lit.P)
      throw new Error(
        `minify-templates: an attribute binding is not the whole value (use attr=\${\`text \${x}\`}): ${strings.join('${…}')}`,
      );
  // The bundle's markers: a child binding's comment, then (what is left of lit-html's marker) the bindings in an
  // attribute's value; the suffix `$lit$` is only ever at the end of a bound attribute's name.
  return pieces.map((piece) =>
    piece
      .split(`<?${lit.P}>`)
      .map((text) =>
        text
          .split(lit.P)
          .map((part) => part.replaceAll(lit.M, boundSuffix))
          .join(marker),
      )
      .join(childMarker),
  );
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/lib\/.*\.js$/.test(id)) return null;
      const { html, css } = templatesIn(this.parse(code));
      const edits = css.map((quasi) => [quasi, squeezeCss(code.slice(quasi.start, quasi.end))]);
      for (const quasis of html) {
        const prepared = prepare(quasis.map((quasi) => cook(squeezeHtml(code.slice(quasi.start, quasi.end)))));
        quasis.forEach((quasi, i) => edits.push([quasi, uncook(prepared[i])]));
      }
      for (const [quasi, text] of edits.sort(([a], [b]) => b.start - a.start)) {
        code = code.slice(0, quasi.start) + text + code.slice(quasi.end);
      }
      return { code, map: null };
    },
  };
}
