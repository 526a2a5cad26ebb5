// The package as front-end tooling sees it: every entry imports in plain Node (server rendering) without
// throwing, and the custom-elements manifest and the editors' data list everything the element has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));

test('every entry imports in plain Node, with no DOM, and registers nothing', async () => {
  assert.equal(globalThis.HTMLElement, undefined);
  assert.equal(globalThis.document, undefined);
  for (const entry of [
    'massage-selector',
    'massage-selector/element',
    'massage-selector/react',
    'massage-selector/vue',
    'massage-selector/bundle',
  ])
    await assert.doesNotReject(import(entry), entry);
  const { MassageSelector } = await import('massage-selector/element');
  assert.equal(typeof MassageSelector, 'function');
  const { MassageSelector: Component } = await import('massage-selector/react');
  assert.equal(typeof Component, 'object'); // a forwardRef component
  const { defaultRules, recommend } = await import('massage-selector');
  assert.equal(recommend(defaultRules, { safety: ['none'], pressure: 'pokey', feel: ['ache'] }).technique.id, 'ashiatsu');
});

const manifest = json('custom-elements.json');
const element = manifest.modules.flatMap((module) => module.declarations).find((declaration) => declaration.tagName === 'massage-selector');
const source = ['src/element/massage-selector.ts', 'src/element/base-element.ts'].map(read).join('\n');

test('the manifest lists every public member of the element, and nothing private', async () => {
  const { MassageSelector } = await import('../../lib/element/massage-selector.js');
  const lifecycle = new Set(['constructor', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'render', 'updated']);
  const names = new Set();
  for (let proto = MassageSelector.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto))
    for (const name of Object.getOwnPropertyNames(proto)) if (!name.startsWith('_') && !lifecycle.has(name)) names.add(name);
  const listed = new Set(element.members.map((member) => member.name));
  for (const name of names) assert.ok(listed.has(name), `the manifest lists the element's "${name}"`);
  for (const member of element.members) assert.ok(!member.name.startsWith('_') && !member.privacy, `${member.name} is public`);
  assert.doesNotMatch(JSON.stringify(manifest), /"src\//, 'every path points into lib/, which the package ships');
  const exported = manifest.modules.flatMap((module) => module.exports ?? []);
  assert.ok(exported.some((entry) => entry.kind === 'custom-element-definition' && entry.name === 'massage-selector'));
});

test('the manifest lists every attribute the element reads, typed, and every event with its detail type', () => {
  const read = new Set([...source.matchAll(/(?:get|has)Attribute\('([a-z-]+)'\)/g)].map((match) => match[1]));
  read.add('src');
  const attributes = new Map(element.attributes.map((attribute) => [attribute.name, attribute]));
  for (const name of read) {
    assert.ok(attributes.has(name), `the manifest lists the "${name}" attribute`);
    assert.ok(attributes.get(name).type?.text, `the "${name}" attribute has a type`);
  }
  assert.equal(attributes.get('src').fieldName, 'src');
  const eventsSource = readFileSync(new URL('src/element/events.ts', root), 'utf8');
  const map = eventsSource.match(/interface MassageSelectorEventMap \{([^}]*)\}/)[1];
  const detailOf = Object.fromEntries(
    [...eventsSource.matchAll(/export type (\w+) = MassageSelectorEvent<(\w+)>;/g)].map((m) => [m[1], m[2]]),
  );
  const events = [...map.matchAll(/'?([a-z-]+)'?: (\w+);/g)].map(([, name, type]) => ({ name, type: `CustomEvent<${detailOf[type]}>` }));
  assert.ok(events.length >= 5);
  for (const { name, type } of events) {
    const listed = element.events.find((event) => event.name === name);
    assert.ok(listed, `the manifest lists the "${name}" event`);
    assert.equal(listed.type?.text, type, `"${name}" has the detail type ${type}`);
  }
});

test('VS Code and JetBrains data carry every attribute, event, part and CSS property of the manifest', () => {
  const html = json('dist/vscode.html-custom-data.json');
  const css = json('dist/vscode.css-custom-data.json');
  const webTypes = json('dist/web-types.json');
  const tag = html.tags.find((t) => t.name === 'massage-selector');
  const web = webTypes.contributions.html.elements.find((e) => e.name === 'massage-selector');
  for (const attribute of element.attributes) {
    assert.ok(
      tag.attributes.some((a) => a.name === attribute.name),
      `VS Code knows ${attribute.name}`,
    );
    assert.ok(
      web.attributes.some((a) => a.name === attribute.name),
      `web-types knows ${attribute.name}`,
    );
  }
  for (const event of element.events)
    assert.ok(
      web.events.some((e) => e.name === event.name),
      `web-types knows ${event.name}`,
    );
  assert.ok(element.cssParts.length >= 9 && element.cssProperties.length >= 11);
  for (const part of element.cssParts) {
    assert.ok(
      css.pseudoElements.some((p) => p.name === `::part(${part.name})`),
      `VS Code knows ::part(${part.name})`,
    );
    assert.ok(web.css.parts.some((p) => p.name === part.name));
  }
  for (const property of element.cssProperties) {
    assert.ok(
      css.properties.some((p) => p.name === property.name),
      `VS Code knows ${property.name}`,
    );
    assert.ok(web.css.properties.some((p) => p.name === property.name));
  }
  const pkg = json('package.json');
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
});
