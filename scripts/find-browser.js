import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The first Chromium or Chrome found on this machine, or undefined. */
export function findBrowser() {
  return candidates.find((path) => path && existsSync(path));
}

export const installHint =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: ' +
  '`sudo apt-get install chromium`) or set CHROME_PATH to its executable.';

/** Flags for a headless Chromium run as root on a machine without GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
