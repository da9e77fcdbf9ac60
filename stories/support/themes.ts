// Two themes made only of the library's --sctmm-* custom properties, for
// the theming stories and the contrast test: a page sets them on any
// ancestor of the elements (here, a wrapper), and they inherit through
// the shadow roots.

/** A theme: values of --sctmm-* custom properties, by name. */
export type Theme = Record<`--sctmm-${string}`, string>;

/** Light text on a dark blue-grey; every pair passes WCAG AA. */
export const darkTheme: Theme = {
  '--sctmm-color-surface': '#121a24',
  '--sctmm-color-surface-alt': '#1e2a38',
  '--sctmm-color-text': '#f2f4f7',
  '--sctmm-color-muted': '#c5ccd6',
  '--sctmm-color-primary': '#8cb4ff',
  '--sctmm-color-primary-dark': '#b8cfff',
  '--sctmm-color-border': '#8b97a6',
  '--sctmm-color-error': '#ff9b8f',
  '--sctmm-color-success': '#7fd99a',
  '--sctmm-radar-grid-color': '#6f7c8c',
  '--sctmm-radar-series-1-color': '#8cb4ff',
  '--sctmm-radar-series-2-color': '#ffb366',
  '--sctmm-radar-series-3-color': '#7fd99a',
  '--sctmm-radar-series-4-color': '#ff9b8f',
  '--sctmm-radar-series-5-color': '#d0a9ff',
  '--sctmm-radar-series-6-color': '#5fd4de',
  '--sctmm-radar-fill-opacity': '0.15',
};

/**
 * White and yellow on black, with a cyan focus ring: a high-contrast
 * theme for pages that offer one. Under the system's forced colours
 * (Windows contrast themes) the elements use the system colours instead.
 */
export const highContrastTheme: Theme = {
  '--sctmm-color-surface': '#000000',
  '--sctmm-color-surface-alt': '#000000',
  '--sctmm-color-text': '#ffffff',
  '--sctmm-color-muted': '#ffffff',
  '--sctmm-color-primary': '#ffff00',
  '--sctmm-color-primary-dark': '#ffff00',
  '--sctmm-color-border': '#ffffff',
  '--sctmm-color-error': '#ff8080',
  '--sctmm-color-success': '#80ff80',
  '--sctmm-color-focus': '#00ffff',
  '--sctmm-badge-label-color': '#000000',
  '--sctmm-radar-grid-color': '#ffffff',
  '--sctmm-radar-series-1-color': '#ffff00',
  '--sctmm-radar-series-2-color': '#00ffff',
  '--sctmm-radar-series-3-color': '#80ff80',
  '--sctmm-radar-series-4-color': '#ff8080',
  '--sctmm-radar-series-5-color': '#ffffff',
  '--sctmm-radar-series-6-color': '#ff80ff',
  '--sctmm-radar-fill-opacity': '0',
};
