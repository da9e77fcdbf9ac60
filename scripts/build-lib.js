// Builds the library into dist/ (see vite.lib.config.ts): the ES modules
// for bundlers, then the two single-file bundles, then the type
// declarations in dist/types/, then custom-elements.json at the root.
// The command line is built apart, into dist-cli/ (scripts/build-cli.js),
// because the first step empties dist/.
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const config = join(root, 'vite.lib.config.ts');
const bin = (name) => join(root, 'node_modules', '.bin', name);

// `.ts` in relative specifiers, as the sources write them: in a
// declaration file they must name the `.js` file the import resolves to.
const tsSpecifier = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\.ts\2/g;

/** Every `.d.ts` file under `dir`. */
async function declarations(dir) {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((f) => f.endsWith('.d.ts')).map((f) => join(dir, f));
}

/** Points the relative imports of the declarations at `.js` files. */
async function fixSpecifiers(dir) {
  for (const file of await declarations(dir)) {
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(tsSpecifier, '$1$2$3.js$2');
    if (fixed !== text) await writeFile(file, fixed);
  }
}

for (const mode of ['modules', 'bundles']) {
  await build({ configFile: config, mode, logLevel: 'warn' });
}

execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'],
  { cwd: root, stdio: 'inherit' });
await fixSpecifiers(join(root, 'dist/types'));

execFileSync('npm', ['run', '--silent', 'analyze'],
  { cwd: root, stdio: 'inherit' });
console.log('dist/: ES modules, sctmm.bundle.js, sctmm.iife.js, types; ' +
  'custom-elements.json');
