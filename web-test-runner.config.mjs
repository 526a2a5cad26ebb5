import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { hardeningCommands, hardeningFaults } from './test/hardening/server.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin(), hardeningCommands()],
  // One page at a time: keyboard tests need focus, and axe-core waits on animation frames that hidden pages never get.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  middleware: [hardeningFaults, testHeaders],
  groups: [
    // The element and accessibility tests once more against what ships: the page loads the minified bundle
    // first, so the tests' own import of src/ finds the tag taken and every element they make is the bundle's.
    {
      name: 'bundle',
      files: ['test/element.test.ts', 'test/element/lifecycle.test.ts', 'test/a11y/*.test.ts'],
      testRunnerHtml: (framework) =>
        `<!doctype html><html lang="en"><body><script src="/dist/massage-selector.js"></script><script type="module" src="${framework}"></script></body></html>`,
    },
  ],
};

// Lets tests ask the server for real faults: /fault/status/500, /fault/slow/3000, /fault/type/text/html?file=…
function testHeaders(context, next) {
  const match = context.path.match(/^\/fault\/(status|slow|html|empty)\/?(\d*)/);
  if (!match) return next();
  const [, kind, number] = match;
  if (kind === 'status') {
    context.status = Number(number);
    context.body = 'fault';
    return undefined;
  }
  if (kind === 'slow')
    return new Promise((resolve) => setTimeout(resolve, Number(number))).then(() => {
      context.type = 'application/json';
      context.body = '{}';
    });
  if (kind === 'html') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>Sorry';
    return undefined;
  }
  context.type = 'application/json';
  context.body = '';
  return undefined;
}
