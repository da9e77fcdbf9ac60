/** One coloured box of the badge and its text. */
export interface SvgSegment {
  text: string;
  /** The box's colour. */
  fill: string;
  /** The text's colour. */
  color: string;
  /** An outline, for boxes as light as the page behind them. */
  stroke?: string;
}

/** A function giving the width in pixels of a text in the SVG's font. */
export type Measure = (text: string) => number;

const FONT_SIZE = 11;
const FONT_FAMILY = 'Verdana, "DejaVu Sans", sans-serif';
const HEIGHT = 20;
const PADDING = 6;

/** Escapes a text for XML content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * Measures a text in the SVG's font with a canvas; without one,
 * estimates it. Each `<text>` also gets its width as `textLength`, so a
 * viewer with other fonts fits the text to the same box.
 */
export const measureText: Measure = (text) => {
  if (context === undefined) {
    try {
      context = new OffscreenCanvas(1, 1).getContext('2d');
      if (context) context.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
    } catch {
      context = null;
    }
  }
  return context ? context.measureText(text).width
    : text.length * FONT_SIZE * 0.62;
};

function segmentSvg(segment: SvgSegment, x: number, width: number) {
  const text = Math.max(0, width - 2 * PADDING);
  const stroke = segment.stroke
    ? ` stroke="${segment.stroke}" stroke-width="1"` : '';
  const inset = segment.stroke ? 0.5 : 0;
  return `<rect x="${x + inset}" y="${inset}" width="${width - 2 * inset}" ` +
    `height="${HEIGHT - 2 * inset}" fill="${segment.fill}"${stroke}/>` +
    `<text x="${x + width / 2}" y="14" fill="${segment.color}" ` +
    `textLength="${text}">${escapeXml(segment.text)}</text>`;
}

/**
 * A standalone SVG of a flat badge: boxes side by side, each with its
 * text, `role="img"` and a `<title>` holding `title`, the accessible
 * name. Every text is escaped.
 */
export function badgeSvg(
  title: string,
  segments: readonly SvgSegment[],
  measure: Measure = measureText,
): string {
  const widths = segments.map((s) =>
    Math.round(measure(s.text) + 2 * PADDING));
  const total = widths.reduce((sum, w) => sum + w, 0);
  let x = 0;
  const boxes = segments.map((segment, i) => {
    const box = segmentSvg(segment, x, widths[i]!);
    x += widths[i]!;
    return box;
  });
  const name = escapeXml(title);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" ` +
    `height="${HEIGHT}" viewBox="0 0 ${total} ${HEIGHT}" role="img" ` +
    `aria-label="${name}"><title>${name}</title>` +
    `<g font-family="${escapeXml(FONT_FAMILY)}" font-size="${FONT_SIZE}" ` +
    `text-anchor="middle">${boxes.join('')}</g></svg>`;
}
