// Loaded with `node --import` into each measured process: as it exits,
// it reports on standard error the CPU time it used (user and system,
// all its threads, in microseconds) and its peak resident memory.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `cpu-us ${usage.userCPUTime} ${usage.systemCPUTime}\n` +
    `own-peak-rss-kb ${usage.maxRSS}\n`);
});
