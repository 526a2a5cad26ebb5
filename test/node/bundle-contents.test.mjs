// What ships: src/validate/ is the checking the widget does; src/checker/ is for the CLI and the playground
// (about 10 KB gzip). Importing a checker module into the widget by mistake would ship its messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';

const root = new URL('../../', import.meta.url);
const bundle = readFileSync(new URL('dist/massage-selector.js', root), 'utf8');

/** The messages in a folder of lib/: every string and template text with a space in it, of 20 characters or more. */
function messagesIn(folder) {
  const texts = new Set();
  for (const file of readdirSync(new URL(`lib/${folder}/`, root)).filter((name) => name.endsWith('.js'))) {
    (function walk(node) {
      if (!node || typeof node.type !== 'string') return;
      const text = node.type === 'Literal' ? node.value : node.type === 'TemplateElement' ? node.value.cooked : null;
      if (typeof text === 'string' && text.length >= 20 && text.includes(' ')) texts.add(text);
      for (const value of Object.values(node))
        (Array.isArray(value) ? value : [value]).forEach((child) => child && typeof child === 'object' && walk(child));
    })(parseAst(readFileSync(new URL(`lib/${folder}/${file}`, root), 'utf8')));
  }
  return [...texts];
}

/** lib/element/'s modules, where the widget's templates are, as one text. */
const elementSources = () =>
  readdirSync(new URL('lib/element/', root))
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(new URL(`lib/element/${name}`, root), 'utf8'))
    .join('\n');

test('the bundle holds the widget’s own checks and none of the checker’s messages', () => {
  const shipped = messagesIn('validate');
  assert.ok(
    shipped.some((text) => bundle.includes(text)),
    'the widget’s own messages are found in the bundle',
  );
  const checkerOnly = messagesIn('checker');
  assert.ok(checkerOnly.length > 50, `the checker's messages are found (${checkerOnly.length})`);
  assert.deepEqual(
    checkerOnly.filter((text) => bundle.includes(text)),
    [],
  );
});

test('the bundle carries lit-html without the parts the widget never uses (scripts/trim-lit.mjs)', () => {
  const lit = readFileSync(new URL('node_modules/lit-html/lit-html.js', root), 'utf8');
  for (const part of [
    '_$litDirective$',
    'litHtmlPolyfillSupport',
    'litHtmlVersions',
    '"<svg>"',
    'emptyScript',
    'setConnected',
    'Symbol.iterator',
    '.passive',
    '.handleEvent(',
    '"</"+',
    'Math.random', // the template parser and its random marker: the templates arrive prepared
    '"!--"',
    '.fill(new String)', // attribute parts of several values and static text: every binding is a whole value
  ]) {
    assert.ok(lit.includes(part), `lit-html itself has ${part}`);
    assert.ok(!bundle.includes(part), `the bundle has no ${part}`);
  }
  assert.ok(bundle.includes('.hasOwnProperty("raw"))throw Error()'), 'the check against forged template strings stays');
  assert.ok(!bundle.includes('invalid template strings array'), 'without its message');
  assert.ok(bundle.includes('<!>') && bundle.includes('@click$=$'), 'the templates arrive prepared (short markers)');
  assert.ok(!bundle.includes('$lit$') && !bundle.includes('lit$0$'), 'no lit-html marker is left in the templates');
});

test('the widget’s templates use only the bindings the trimmed lit-html keeps (text, attributes, @events)', () => {
  const templates = elementSources();
  assert.ok(/\s@[a-z]+=\$\{/.test(templates), 'the templates are found (they bind events)');
  assert.deepEqual(
    templates.match(/\s[.?][a-zA-Z-]+=\$\{/g) ?? [],
    [],
    'no .property= or ?boolean= binding (scripts/trim-lit.mjs cuts them)',
  );
});

test('the widget’s templates bind whole attribute values only, and the build refuses any other (scripts/minify-templates.mjs)', async () => {
  const templates = elementSources();
  assert.ok(/\shref=\$\{`tel:/.test(templates), 'the templates are found (a phone link binds its whole href)');
  assert.deepEqual(templates.match(/\s[a-z-]+=(["'])[^"'`]*?\$\{/g) ?? [], [], 'no attr="text ${x}" binding');
  const { minifyTemplates } = await import('../../scripts/minify-templates.mjs');
  const plugin = minifyTemplates();
  const build = (template) => plugin.transform.call({ parse: parseAst }, `html\`${template}\`;`, '/x/lib/element/a.js').code;
  assert.match(build('<a part=call href=${x}>${y}</a>'), /href\$=\$/);
  for (const template of ['<a href="tel:${x}">call</a>', '<input name=s${x}>', "<p class='a ${x}'>b</p>"])
    assert.throws(() => build(template), /not the whole value/, template);
});

test('the widget’s templates have no raw-text element (the trimmed lit-html has no bindings inside them)', () => {
  const statics = [];
  for (const name of readdirSync(new URL('lib/element/', root)).filter((file) => file.endsWith('.js'))) {
    (function walk(node) {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.name === 'html') statics.push(...node.quasi.quasis.map((q) => q.value.raw));
      for (const value of Object.values(node))
        (Array.isArray(value) ? value : [value]).forEach((child) => child && typeof child === 'object' && walk(child));
    })(parseAst(readFileSync(new URL(`lib/element/${name}`, root), 'utf8')));
  }
  assert.ok(
    statics.some((text) => text.includes('<button')),
    'the templates are found',
  );
  assert.deepEqual(statics.join('').match(/<(script|style|textarea|title)\b/gi) ?? [], []);
});

test('the bundle’s CSS keeps every selector of the widget’s styles, a space before a pseudo-class too (scripts/minify-templates.mjs)', async () => {
  const { squeezeCss } = await import('../../scripts/minify-templates.mjs');
  // A descendant combinator before a pseudo-class is a space: `.a :focus-visible` is not `.a:focus-visible`.
  assert.equal(squeezeCss('.a :focus-visible,\n  .b > :first-child {\n  color: red;\n}'), '.a :focus-visible,.b>:first-child{color:red}');
  const { styles } = await import('../../lib/element/massage-selector.styles.js');
  const selectors = styles
    .replace(/\/\*[^]*?\*\//g, '')
    .split('}')
    .map((rule) =>
      rule
        .split('{')[0]
        .trim()
        .replace(/\s*([,>])\s*/g, '$1')
        .replace(/\s+/g, ' ')
        .replace(/=(['"])([a-z][\w-]*)\1\]/gi, '=$2]'),
    )
    .filter(Boolean);
  assert.ok(selectors.includes('.scale label:last-child small'), 'the selectors are found');
  for (const selector of selectors) assert.ok(bundle.includes(`${selector}{`), `the bundle has the selector ${selector}`);
});
