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
    // If the bundle throws as it loads, or leaves the tag free, the tests would quietly run against src/: instead
    // the page reports the file as failed (with the error) and runs none of its tests (bundleGuard).
    {
      name: 'bundle',
      files: ['test/element.test.ts', 'test/element/lifecycle.test.ts', 'test/a11y/*.test.ts'],
      testRunnerHtml: (framework) =>
        `<!doctype html><html lang="en"><body><script>${bundleErrors}</script><script src="/dist/massage-selector.js"></script><script type="module">${bundleGuard(framework)}</script></body></html>`,
    },
  ],
};

// Before the bundle: every error thrown while the page's scripts load (the bundle's own included).
const bundleErrors = `self.bundleErrors = []; addEventListener('error', (event) => bundleErrors.push(event.error?.stack ?? event.message));`;

// After it: the test framework only if the bundle loaded without an error and defined <massage-selector>;
// otherwise the session fails with what went wrong (web-test-runner's own report of a failed test file).
const bundleGuard = (framework) => `
  const problem = bundleErrors.length
    ? 'dist/massage-selector.js threw as it loaded: ' + bundleErrors.join('; ')
    : customElements.get('massage-selector') ? '' : 'dist/massage-selector.js did not define <massage-selector>';
  if (problem) {
    const { sessionStarted, sessionFailed } = await import('/node_modules/@web/test-runner-core/browser/session.js');
    await sessionStarted();
    await sessionFailed({ name: 'BundleError', message: problem });
  } else await import(${JSON.stringify(framework)});
`;

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
