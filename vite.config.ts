// Vite config for the demo page (index.html at the repository root).
//
// `npm start` serves the page and the library sources on 127.0.0.1:5173;
// `vite build` writes a static copy to dist-demo/. The examples in
// examples/ (instruments, the assessment, the indicator set as JSON and
// CSV) are served in dev (the root is the repository) and copied to
// dist-demo/examples/ in the build, so `instrument-src="examples/…"` and
// `src="examples/indicator-set.csv"` work in both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const examplesDir = join(root, 'examples');

/** Copies examples/*.json and *.csv into the build, under examples/. */
function copyExamples(): Plugin {
  return {
    name: 'sctmm-copy-examples',
    apply: 'build',
    generateBundle() {
      let names: string[] = [];
      try {
        names = readdirSync(examplesDir)
          .filter((n) => n.endsWith('.json') || n.endsWith('.csv'));
      } catch {
        this.warn('no examples/ folder: the demo has no example instrument');
      }
      for (const name of names) {
        this.emitFile({
          type: 'asset',
          fileName: `examples/${name}`,
          source: readFileSync(join(examplesDir, name)),
        });
      }
    },
  };
}

// The policy the built demo runs under: the elements promise to work under a
// strict CSP with Trusted Types enforced, so the demo proves it. Dev is left
// without it because Vite's client injects styles and inline code.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * Adds the Content-Security-Policy meta tag to the built page only, right
 * after the charset: a policy governs only what follows it.
 */
function strictCsp(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
  return {
    name: 'sctmm-strict-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) {
          throw new Error('index.html needs <meta charset="utf-8"> first');
        }
        return html.replace(charset, (m) => `${m}\n    ${tag}`);
      },
    },
  };
}

export default defineConfig({
  root,
  // Relative URLs, so dist-demo/ works from any folder of a static host.
  base: './',
  appType: 'mpa',
  publicDir: false,
  plugins: [copyExamples(), strictCsp()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    open: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    open: false,
  },
  build: {
    outDir: 'dist-demo',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
});
