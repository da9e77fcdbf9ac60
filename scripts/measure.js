// How `npm run size` and `npm run bench:size` weigh code: bundled with
// esbuild as a user's bundler would (minified ES module, tree-shaken,
// package.json `exports` and `sideEffects` obeyed), then gzipped at level
// 9. One kB is 1,000 bytes.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Bytes as kB with one decimal. */
export const kB = (bytes) => (bytes / 1000).toFixed(1);

/** The size of `bytes` gzipped at level 9. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * Bundles `code`, a module's source resolved from `dir` (its imports
 * found as a user's bundler finds them), minified. Gives the minified and
 * gzipped sizes and esbuild's metafile list of the JavaScript kept. CSS
 * that the code imports becomes a stylesheet of its own, minified too;
 * its sizes are added, each file gzipped apart, as a server sends them.
 */
export async function measure(code, dir) {
  const result = await build({
    stdin: { contents: code, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    outdir: 'measured',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  let min = 0;
  let gzip = 0;
  for (const { contents } of result.outputFiles) {
    min += contents.length;
    gzip += gzipSize(contents);
  }
  const script = Object.entries(result.metafile.outputs)
    .find(([file]) => file.endsWith('.js'));
  return { min, gzip, inputs: script?.[1].inputs ?? {} };
}

/** The size of a file as it is, minified already: as is and gzipped. */
export async function measureFile(path) {
  const bytes = await readFile(path);
  return { min: bytes.length, gzip: gzipSize(bytes) };
}

/**
 * The kept bytes of a bundle grouped by where they come from: a package
 * (`lit-html`, `zod`) or a folder of ours (`dist/engine/model`).
 */
export function heaviest(inputs, count = 8) {
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const key = groupOf(file);
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, count);
}

function groupOf(file) {
  const parts = file.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1] ?? '';
    return name.startsWith('@') ? `${name}/${parts[at + 2]}` : name;
  }
  return parts.slice(0, -1).join('/') || file;
}
