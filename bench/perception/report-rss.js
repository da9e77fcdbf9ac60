// Loaded with `node --import` when GNU time is missing: reports the
// process's peak resident memory on standard error as it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
