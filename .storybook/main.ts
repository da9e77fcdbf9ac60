// Storybook for the sctmm elements: web components on Vite.
//
// Run `npm run analyze` first (the scripts do): the preview reads the
// Custom Elements Manifest, custom-elements.json, for the Docs pages.
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

/** The demo page's own plugins (named sctmm-*) from vite.config.ts. */
function isDemoPlugin(plugin: PluginOption): boolean {
  if (!plugin || typeof plugin !== 'object' || !('name' in plugin)) {
    return false;
  }
  return String(plugin.name).startsWith('sctmm-');
}

function withoutDemoPlugins(plugins: PluginOption[] = []): PluginOption[] {
  return plugins.flatMap(function keep(plugin): PluginOption[] {
    if (Array.isArray(plugin)) return plugin.flatMap(keep);
    return isDemoPlugin(plugin) ? [] : [plugin];
  });
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Served beside iframe.html, so stories load `examples/…` and
  // `fixtures/…` by relative URL, in dev and in the static build.
  staticDirs: [
    { from: '../examples', to: '/examples' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Storybook merges the root vite.config.ts (the demo's) into its own:
  // drop the demo's plugins, which copy examples/ into the output and add a
  // Content-Security-Policy that Storybook's inline scripts would break.
  viteFinal(config) {
    config.plugins = withoutDemoPlugins(config.plugins);
    // In dev, Storybook's renderer imports lit/directive-helpers.js, which
    // Vite would serve unbundled beside the pre-bundled lit: two copies of
    // lit-html ("Multiple versions of Lit loaded"). Pre-bundle every Lit
    // entry point together, which also spares a reload when a story first
    // meets a directive.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        'lit/directives/*.js',
        '@lit/task',
      ],
    };
    return config;
  },
};

export default config;
