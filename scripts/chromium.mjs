// The Chromium the tests and scripts drive: Debian's by default, or CHROME_PATH (macOS, Windows, other Linux).
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

// Headless as root, and quiet on a closed network (Chromium otherwise keeps trying to reach Google).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
