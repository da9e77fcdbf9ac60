import { findBrowser, installHint } from './find-browser.js';

if (!findBrowser()) {
  console.error(installHint);
  process.exit(1);
}
