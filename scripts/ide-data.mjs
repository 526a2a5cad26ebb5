// Editor data generated from custom-elements.json (run by the build after `cem analyze`), so everything in the
// element's JSDoc (attributes, events, parts, CSS properties) reaches the editors:
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code's `html.customData` / `css.customData`;
// - dist/web-types.json: JetBrains IDEs (WebStorm, IntelliJ), found through package.json "web-types".
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

export function ideData(manifest, { name, version }) {
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const html = {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.description,
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
  const css = {
    version: 1.1,
    properties: elements.flatMap((element) => (element.cssProperties ?? []).map(({ name, description }) => ({ name, description }))),
    pseudoElements: elements.flatMap((element) =>
      (element.cssParts ?? []).map(({ name, description }) => ({
        name: `::part(${name})`,
        description: `<${element.tagName}>: ${description}`,
      })),
    ),
  };
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description,
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value: attribute.type?.text === 'boolean' ? { type: 'boolean', required: false } : { type: attribute.type?.text ?? 'string' },
          })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description })),
          js: {
            properties: (element.members ?? [])
              .filter((member) => member.kind === 'field' && !member.static)
              .map((member) => ({ name: member.name, description: member.description, value: { type: member.type?.text ?? 'unknown' } })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description })),
          },
          css: {
            properties: (element.cssProperties ?? []).map(({ name, description }) => ({ name, description })),
            parts: (element.cssParts ?? []).map(({ name, description }) => ({ name, description })),
          },
        })),
      },
    },
  };
  return { html, css, webTypes };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { html, css, webTypes } = ideData(read('custom-elements.json'), read('package.json'));
  mkdirSync(new URL('dist/', root), { recursive: true });
  writeFileSync(new URL('dist/vscode.html-custom-data.json', root), JSON.stringify(html, null, 2) + '\n');
  writeFileSync(new URL('dist/vscode.css-custom-data.json', root), JSON.stringify(css, null, 2) + '\n');
  writeFileSync(new URL('dist/web-types.json', root), JSON.stringify(webTypes, null, 2) + '\n');
}
