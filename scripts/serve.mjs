// Serves the demo, the rules editor and the playground (npm start runs the build first).
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
await startDevServer({
  config: { rootDir: new URL('..', import.meta.url).pathname, port, nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`massage-selector demo: http://localhost:${port}/demo/`);
console.log(`rules editor:         http://localhost:${port}/dist/editor/`);
console.log(`rules playground:     http://localhost:${port}/demo/playground.html`);
console.log('Press Ctrl+C to stop.');
