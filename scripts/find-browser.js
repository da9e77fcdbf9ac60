import { accessSync, constants, statSync } from 'node:fs';

/** Where a Chromium or Chrome usually is, tried in order. */
const usualPlaces = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Whether `path` is a file this process may run. */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to run: CHROME_PATH when it is set (and then only it, so
 * that a mistyped path is reported, not passed over), else the first
 * Chromium or Chrome found in the usual places; undefined when none.
 */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    return isExecutableFile(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  }
  return usualPlaces.find(isExecutableFile);
}

/** What to do when `findBrowser()` finds nothing, in one line. */
export function browserHint(env = process.env) {
  if (env.CHROME_PATH) {
    return `CHROME_PATH=${env.CHROME_PATH} is not an executable file: ` +
      'set it to the Chromium or Chrome executable, or unset it to use ' +
      'the system Chromium.';
  }
  return 'No Chromium or Chrome found: install one (Debian/Ubuntu: ' +
    '`sudo apt-get install chromium`) or set CHROME_PATH to its ' +
    'executable.';
}

/** `browserHint()` for this process's environment. */
export const installHint = browserHint();

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
