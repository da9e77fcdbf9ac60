import { type Frame, angleOf, polar } from './geometry.ts';
import type { LabelFont, Measure } from './measure.ts';

/** A rectangle in SVG units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** An axis label, wrapped and placed. */
export interface PlacedLabel {
  lines: string[];
  /** The `x` of every line, where `anchor` holds it. */
  x: number;
  /** The `y` of each line's baseline. */
  baselines: number[];
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Where everything goes in a square of side `size`. */
export interface RadarLayout {
  size: number;
  font: LabelFont;
  frame: Frame;
  labels: PlacedLabel[];
}

const VOWEL = /[aeiouáéíóúüy]/i;

/** Consonant pairs that begin a syllable together (tr, bl, ch…). */
const PAIR = /^(?:[bcfgpt][lr]|dr|ch|ll|rr)$/i;

/**
 * Where a word may be cut before index `i`, by the syllable rule Spanish
 * (and often English) follows: a consonant between vowels starts the next
 * syllable, and of a group of consonants, the last one does, or the last
 * two when they are a pair such as "tr" (in-fra-es-truc-tu-ra).
 */
function syllableStarts(word: string): Set<number> {
  const starts = new Set<number>();
  let i = 0;
  while (i < word.length) {
    if (VOWEL.test(word[i]!)) {
      i++;
      continue;
    }
    const first = i;
    while (i < word.length && !VOWEL.test(word[i]!)) i++;
    if (first === 0 || i === word.length) continue;
    const pair = i - first >= 2 && PAIR.test(word.slice(i - 2, i));
    starts.add(pair ? i - 2 : i - 1);
  }
  return starts;
}

/**
 * Cuts a word too long for `maxWidth` into pieces ending in a hyphen, at
 * the last syllable that fits when there is one.
 */
function cutWord(word: string, maxWidth: number, measure: Measure) {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 1 && measure(rest) > maxWidth) {
    let fit = 1;
    while (fit < rest.length - 1 &&
      measure(`${rest.slice(0, fit + 1)}-`) <= maxWidth) fit++;
    const starts = syllableStarts(rest);
    let cut = fit;
    for (let i = fit; i >= 2; i--) {
      if (starts.has(i)) {
        cut = i;
        break;
      }
    }
    pieces.push(`${rest.slice(0, cut)}-`);
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/**
 * Wraps `text` into lines no wider than `maxWidth`, breaking between
 * words; `null` when a word does not fit, unless `cut` allows cutting it.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: Measure,
  cut = false,
): string[] | null {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const whole = measure(word) <= maxWidth;
    if (!whole && !cut) return null;
    for (const piece of whole ? [word] : cutWord(word, maxWidth, measure)) {
      const longer = line ? `${line} ${piece}` : piece;
      if (!line || measure(longer) <= maxWidth) {
        line = longer;
      } else {
        lines.push(line);
        line = piece;
      }
    }
  }
  return line ? [...lines, line] : lines;
}

interface Placing {
  size: number;
  pad: number;
  count: number;
  font: LabelFont;
  measure: Measure;
  frame: Frame;
  /** Whether words may be cut, and the narrowest room for a label. */
  cut: boolean;
  minWidth: number;
}

/** How far a label's anchor lies beyond the edge, in font sizes. */
const GAP = 0.75;

function place(text: string, index: number, p: Placing): PlacedLabel | null {
  const { size, pad, font, measure, count } = p;
  const angle = angleOf(index, count);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const reach = p.frame.radius + font.size * GAP;
  const [x, y] = polar(p.frame, reach, angle);
  const anchor = sin > 0.1 ? 'start' : sin < -0.1 ? 'end' : 'middle';
  // A label at the top or bottom may not reach over its neighbours'.
  const between = count >= 5 ? 2 * reach * Math.sin((2 * Math.PI) / count)
    : size;
  const room = anchor === 'start' ? size - pad - x
    : anchor === 'end' ? x - pad
    : Math.min(2 * Math.min(x - pad, size - pad - x), between);
  const maxWidth = Math.min(room, size * (anchor === 'middle' ? 0.6 : 0.3));
  if (!(maxWidth >= p.minWidth)) return null;

  const lines = wrapLabel(text, maxWidth, measure, p.cut);
  if (!lines) return null;
  const width = Math.max(0, ...lines.map(measure));
  const lineHeight = font.size * 1.2;
  const top = y - (lines.length * lineHeight * (cos + 1)) / 2;
  const left = anchor === 'start' ? x
    : anchor === 'end' ? x - width : x - width / 2;
  return {
    lines,
    x,
    baselines: lines.map((_, i) => top + (i + 0.8) * lineHeight),
    anchor,
    box: {
      left,
      top,
      right: left + width,
      bottom: top + lines.length * lineHeight,
    },
  };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * How badly labels fit: the area they cover outside the square (less
 * its padding) plus the area where two overlap; 0 when they all fit.
 */
function misfit(labels: PlacedLabel[], size: number, pad: number): number {
  const inner = { left: pad, top: pad, right: size - pad, bottom: size - pad };
  let penalty = 0;
  labels.forEach(({ box }, i) => {
    const area = (box.right - box.left) * (box.bottom - box.top);
    penalty += Math.max(0, area - overlap(box, inner) - 0.01);
    for (const other of labels.slice(i + 1)) {
      penalty += overlap(box, other.box);
    }
  });
  return penalty;
}

/**
 * The ways to fit labels, tried in turn: keep the radius at least half
 * the room, cutting words and taking smaller type if need be; then go
 * down to a third of the room.
 */
const attempts = [0.5, 1 / 3].flatMap((floor) => [
  { floor, scale: 1, cut: false, minWidth: 0 },
  { floor, scale: 1, cut: true, minWidth: 4 },
  { floor, scale: 0.85, cut: false, minWidth: 0 },
  { floor, scale: 0.85, cut: true, minWidth: 3 },
]);

/**
 * Lays out a radar of `texts.length` axes in a square of side `size`:
 * the largest radius at which every label, wrapped between words, lies
 * whole inside the square without touching another, trying the ways of
 * `attempts` in turn; when nothing fits, the layout that fits best.
 */
export function layoutRadar(
  texts: readonly string[],
  size: number,
  font: LabelFont,
  measureFor: (font: LabelFont) => Measure,
): RadarLayout {
  const centre = size / 2;
  const pad = Math.max(2, size * 0.01);
  const step = Math.max(1, size / 100);
  const count = texts.length;
  let best: { layout: RadarLayout; penalty: number } | undefined;

  for (const { floor, scale, cut, minWidth } of attempts) {
    const f = { ...font, size: font.size * scale };
    const measure = measureFor(f);
    const edge = count ? f.size * (GAP + 1.2) : 0;
    const largest = Math.max(0, centre - pad - edge);
    const smallest = Math.min(largest, centre * floor);
    for (let radius = largest; radius >= smallest; radius -= step) {
      const frame = { centre, radius };
      const p: Placing = { size, pad, count, font: f, measure, frame, cut,
        minWidth: Math.max(1, minWidth * f.size) };
      const labels = texts.map((text, i) => place(text, i, p));
      if (!labels.every((l): l is PlacedLabel => l !== null)) continue;
      const penalty = misfit(labels, size, pad);
      const layout = { size, font: f, frame, labels };
      if (penalty === 0) return layout;
      if (!best || penalty < best.penalty) best = { layout, penalty };
    }
  }
  return best?.layout ?? {
    size,
    font,
    frame: { centre, radius: Math.max(0, centre - pad) },
    labels: texts.map(() => emptyLabel(centre)),
  };
}

function emptyLabel(centre: number): PlacedLabel {
  const box = { left: centre, top: centre, right: centre, bottom: centre };
  return { lines: [], x: centre, baselines: [], anchor: 'middle', box };
}
