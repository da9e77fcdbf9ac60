/** The font of the axis labels: its size in SVG units and its family. */
export interface LabelFont {
  size: number;
  family: string;
}

/** A function giving the width of a text in the labels' font. */
export type Measure = (text: string) => number;

type Context2D =
  | CanvasRenderingContext2D
  | OffscreenCanvasRenderingContext2D;

let context: Context2D | null | undefined;
let contextFont = '';

function canvasContext(): Context2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

const caches = new Map<string, Map<string, number>>();

/**
 * Measures texts in `font` with a canvas, which uses the same fonts as
 * the page, and remembers the widths; without a canvas, estimates them
 * from an average glyph width.
 */
export function measurer(font: LabelFont): Measure {
  const spec = `${font.size}px ${font.family}`;
  let cache = caches.get(spec);
  if (!cache) {
    cache = new Map();
    caches.set(spec, cache);
  }
  const widths = cache;
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      const ctx = canvasContext();
      if (ctx && contextFont !== spec) {
        ctx.font = spec;
        contextFont = spec;
      }
      width = ctx
        ? ctx.measureText(text).width
        : text.length * font.size * 0.6;
      widths.set(text, width);
    }
    return width;
  };
}

/** Forgets measured widths, for instance once web fonts have loaded. */
export function forgetWidths(): void {
  caches.clear();
}
