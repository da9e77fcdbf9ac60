import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

// The library build, in two passes (scripts/build-lib.js runs both):
//
// - `--mode modules`: ES modules for bundlers, one file per source module
//   under dist/ (dist/index.js, dist/engine/index.js,
//   dist/components/<element>/define.js…), dependencies left as imports,
//   so that a user's bundler keeps only what the page uses and shares one
//   copy of lit;
// - `--mode bundles`: two single files with every dependency inside,
//   minified: dist/sctmm.bundle.js for `<script type="module">` and
//   dist/sctmm.iife.js for a classic `<script>` (its exports on
//   `window.sctmm`).

const root = import.meta.dirname;
const components = join(root, 'src/components');

/** Every element's registration module, by element folder. */
const elementEntries = Object.fromEntries(
  readdirSync(components, { withFileTypes: true })
    .filter((d) => d.isDirectory() &&
      existsSync(join(components, d.name, 'define.ts')))
    .map((d) => [`components/${d.name}/define`,
      `src/components/${d.name}/define.ts`]),
);

/** The entry points of the module build, by output path. */
const moduleEntries: Record<string, string> = {
  index: 'src/index.ts',
  'engine/index': 'src/engine/index.ts',
  ...elementEntries,
  ...(existsSync(join(root, 'src/react/index.ts'))
    ? { 'react/index': 'src/react/index.ts' }
    : {}),
};

/** Whether an import names a package rather than a file of ours. */
function isPackage(id: string): boolean {
  return !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0');
}

const modules: UserConfig = {
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: moduleEntries, formats: ['es'] },
    rolldownOptions: {
      external: (id, importer) => importer !== undefined && isPackage(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

const bundles: UserConfig = {
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'sctmm',
      formats: ['es', 'iife'],
      fileName: (format) =>
        format === 'iife' ? 'sctmm.iife.js' : 'sctmm.bundle.js',
    },
    rolldownOptions: { output: { minify: true } },
  },
};

export default defineConfig(({ mode }) =>
  mode === 'bundles' ? bundles : modules);
