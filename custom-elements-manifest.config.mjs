// `npm run analyze` writes custom-elements.json (the IDE manifest) from the element's JSDoc.
export default {
  globs: ['src/element/massage-selector.ts'],
  outdir: '.',
  plugins: [
    {
      name: 'drop-generic-emit',
      // The element dispatches through one `emit(type, …)` helper; the analyzer mistakes its parameter for an event name.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
          }
        }
      },
    },
  ],
};
