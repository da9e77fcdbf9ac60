// Runs a command as a child process and measures it: wall time from
// spawn to exit, as seen from outside; CPU time (user + system) as the
// child reports it through process.resourceUsage() (report-usage.js,
// loaded with --import), which other work on a busy machine does not
// inflate as it inflates wall time; and peak resident memory as the
// kernel counts it, through GNU time (/usr/bin/time) when present, else
// as the child reports it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const reporter = fileURLToPath(new URL('report-usage.js', import.meta.url));

/** Whether peak memory is read by GNU time (else by the child itself). */
export const byGnuTime = existsSync(GNU_TIME);

/** A number after `label` in a child's standard error, or NaN. */
function figure(err, label, index = 1) {
  const match = new RegExp(`^${label} (\\d+)(?: (\\d+))?$`, 'm').exec(err);
  return Number(match?.[index]);
}

/**
 * Runs `node ARGS…`; resolves to its wall time and CPU time in seconds,
 * its peak resident memory in MB and its standard output. Rejects when
 * it fails.
 */
export function measure(args) {
  const node = [process.execPath, '--import', reporter, ...args];
  const command = byGnuTime
    ? [GNU_TIME, '-f', 'peak-rss-kb %M', ...node]
    : node;
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
      const kb = figure(err, byGnuTime ? 'peak-rss-kb' : 'own-peak-rss-kb');
      const cpu = (figure(err, 'cpu-us') + figure(err, 'cpu-us', 2)) / 1e6;
      if (status !== 0 || !kb || !Number.isFinite(cpu)) {
        reject(new Error(`${args.join(' ')} failed (${status}):\n${err}`));
        return;
      }
      resolve({ wall, cpu, peakMB: kb / 1024,
        stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}
