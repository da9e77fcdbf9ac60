import { defineConfig } from 'vite';

/**
 * The library build: one self-contained, minified ES module,
 * `dist/sctmm.bundle.js`, that defines every element when loaded by a
 * `<script type="module">` tag and exports the engine.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'sctmm.bundle.js',
    },
  },
});
