// `npm run analyze` (and the build) writes custom-elements.json (the IDE manifest) from the element's JSDoc:
// the public API only, with paths into lib/ (what the package ships), event detail types and attributes
// linked to their properties. scripts/ide-data.mjs turns it into VS Code custom data and JetBrains web-types.
import { readFileSync } from 'node:fs';

const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
// Each event type's detail (`ReadyEvent` → `ReadyDetail`), from `export type ReadyEvent = MassageSelectorEvent<ReadyDetail>`.
// The manifest names an event's type `CustomEvent<Detail>` (an event with a typed `detail`), the form JSX-type
// generators such as @wc-toolkit/jsx-types read to import the detail type from the package.
const details = Object.fromEntries(
  [...readFileSync('src/element/events.ts', 'utf8').matchAll(/export type (\w+) = MassageSelectorEvent<(\w+)>;/g)].map((m) => [m[1], m[2]]),
);
const toLib = (path) => path?.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/element/massage-selector.ts', 'src/element/base-element.ts'],
  outdir: '.',
  plugins: [
    {
      name: 'public-api-in-lib',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.path = toLib(module.path);
          for (const declaration of module.declarations ?? []) {
            // The element dispatches through one `_emit(type, …)` helper; the analyzer mistakes its parameter for an event name.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
            for (const event of declaration.events ?? [])
              if (details[event.type?.text]) event.type = { text: `CustomEvent<${details[event.type.text]}>` };
            // Private (a leading underscore) and protected members are not the element's API.
            declaration.members = declaration.members?.filter((member) => !member.name.startsWith('_') && !member.privacy);
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])])
              if (item.inheritedFrom) item.inheritedFrom.module = toLib(item.inheritedFrom.module);
            if (declaration.superclass?.module) declaration.superclass.module = toLib(declaration.superclass.module);
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members?.find((member) => member.kind === 'field' && member.name === camel(attribute.name));
              if (field) {
                attribute.fieldName = field.name;
                field.attribute = attribute.name;
              }
            }
          }
          for (const entry of module.exports ?? []) entry.declaration.module = toLib(entry.declaration.module);
        }
        // The entry that registers the tag.
        customElementsManifest.modules.push({
          kind: 'javascript-module',
          path: 'lib/massage-selector.js',
          declarations: [],
          exports: [
            { kind: 'js', name: 'MassageSelector', declaration: { name: 'MassageSelector', module: 'lib/element/massage-selector.js' } },
            {
              kind: 'custom-element-definition',
              name: 'massage-selector',
              declaration: { name: 'MassageSelector', module: 'lib/element/massage-selector.js' },
            },
          ],
        });
      },
    },
  ],
};
