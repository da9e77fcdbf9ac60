// Builds what the hostile pages load, with esbuild from the sources: the
// library as one classic script (as a CMS would add it) and the scripts
// of the React pages. Nothing depends on `npm run build`.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Makes src/version.ts say `version`, as another release would. */
function versionPlugin(version) {
  return {
    name: 'sctmm-version',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
        contents: `export const VERSION = ${JSON.stringify(version)};`,
        loader: 'ts',
      }));
    },
  };
}

async function bundle(entry, options) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    ...options,
  });
  return result.outputFiles[0].text;
}

/**
 * The whole library as one classic script that sets `window.sctmm`;
 * `version` replaces the version of src/version.ts when given.
 */
export function libraryScript(version) {
  return bundle('src/index.ts', {
    format: 'iife',
    globalName: 'sctmm',
    plugins: version ? [versionPlugin(version)] : [],
  });
}

/** A page script of test/hostile/scripts/, with React, as a module. */
export function pageScript(name) {
  return bundle(`test/hostile/scripts/${name}.ts`, { format: 'esm' });
}
