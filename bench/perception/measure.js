// Runs a command as a child process and measures it from outside: wall
// time from spawn to exit, and peak resident memory as the kernel counts
// it, through GNU time (/usr/bin/time) when present, else as the child
// reports it (process.resourceUsage().maxRSS, through --import).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const reporter = fileURLToPath(new URL('report-rss.js', import.meta.url));

/** Whether peak memory is read by GNU time (else by the child itself). */
export const byGnuTime = existsSync(GNU_TIME);

/**
 * Runs `node ARGS…`; resolves to its wall time in seconds, its peak
 * resident memory in MB and its standard output. Rejects when it fails.
 */
export function measure(args) {
  const command = byGnuTime
    ? [GNU_TIME, '-f', 'peak-rss-kb %M', process.execPath, ...args]
    : [process.execPath, '--import', reporter, ...args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command[0], command.slice(1));
    const out = [];
    let err = '';
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.on('error', reject);
    child.on('close', (status) => {
      const wall = (performance.now() - start) / 1000;
      const kb = Number(/peak-rss-kb (\d+)/.exec(err)?.[1]);
      if (status !== 0 || !kb) {
        reject(new Error(`${args.join(' ')} failed (${status}):\n${err}`));
        return;
      }
      resolve({ wall, peakMB: kb / 1024,
        stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}
