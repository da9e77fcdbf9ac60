import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

/** The built command line, as `npm ci` or `npm run build:cli` leaves it. */
export const cli = fileURLToPath(
  new URL('../../dist-cli/sctmm.js', import.meta.url));

/**
 * Runs `sctmm ARGS…` with `input` on standard input; gives its exit
 * status, standard output and standard error.
 */
export function sctmm(args, input = '') {
  const run = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A new temporary folder, removed when the test file ends. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'sctmm-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` to `name` in `dir`; gives the file's path. */
export function write(dir, name, content) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The statement ids of the default survey, from `sctmm template`. */
export function defaultIds() {
  return sctmm(['template', 'responses']).stdout.trim().split(',').slice(3);
}
