import { agreementLabels, SEGMENT_LABELS } from './perception-labels.ts';
import { SEGMENT_KEYS } from './schema/perception.ts';
import type { Survey } from './schema/survey.ts';
import { UNSPECIFIED } from './response-cells.ts';

/**
 * A text reduced for comparison: accents dropped, lower case, each run
 * of characters other than letters and digits made one space.
 * `"¿NS/NR?"` becomes `"ns nr"`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The whole number a text starts with, as in `"5 - De acuerdo"` or
 * `"5."`; `undefined` when it starts otherwise or with a decimal (`5,5`).
 */
export function leadingNumber(text: string): number | undefined {
  const match = /^\s*(\d+)(?![\d]|[.,]\d)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * The whole number in brackets a text ends with, as in `"De acuerdo (5)"`
 * or `"De acuerdo [5]"`, as some tools export an answer and its code;
 * else `undefined`.
 */
export function trailingNumber(text: string): number | undefined {
  const match = /[([]\s*(\d+)\s*[)\]]\s*$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The number an answer is written with: leading, else in end brackets. */
export function answerNumber(text: string): number | undefined {
  return leadingNumber(text) ?? trailingNumber(text);
}

/** Answers that mean "don't know", as `normalizeText` writes them. */
const DONT_KNOW_TEXTS = new Set([
  'no se', 'no sabe', 'no sabe no responde', 'no responde', 'ns', 'nr',
  'ns nr', 'nsnr', 'ns nc', 'no sabe no contesta', 'sin respuesta',
  'prefiero no responder', 'no aplica', 'na', 'n a', 'dont know',
  'don t know', 'do not know', 'not sure', 'no answer', 'not applicable',
]);

/** Whether an answer means "don't know". */
export function isDontKnowText(text: string): boolean {
  return DONT_KNOW_TEXTS.has(normalizeText(text));
}

/**
 * The points of the agreement scale by their labels in both languages,
 * as `normalizeText` writes them: `"de acuerdo"` → 5 on six points.
 */
export function agreementByLabel(
  levels: number,
  survey?: Survey,
): Map<string, number> {
  const byLabel = new Map<string, number>();
  for (const lang of ['es', 'en'] as const) {
    agreementLabels(levels, lang, survey).forEach((label, i) => {
      byLabel.set(normalizeText(label), i + 1);
    });
  }
  return byLabel;
}

/**
 * Words that point at each segment, in `SEGMENT_KEYS` order: a word
 * ending in `*` matches any word it starts, others match whole words.
 */
const SEGMENT_WORDS: readonly (readonly string[])[] = [
  ['academ*', 'universi*', 'educa*', 'investiga*', 'research*'],
  ['public*', 'gobierno', 'government', 'estado', 'state', 'alcaldia',
    'gobernacion', 'servidor*', 'funcionari*'],
  ['privad*', 'private', 'empresa*', 'business*', 'compan*', 'comerci*',
    'industri*', 'gremio*'],
  ['civil', 'ciudadan*', 'citizen*', 'comunidad*', 'communit*',
    'sociedad', 'society', 'ong', 'ngo'],
  ['sin especificar', 'not stated', 'prefiero no*', 'otro', 'otra',
    'other', 'ninguno', 'none'],
];

function mentions(words: string, pattern: string): boolean {
  if (!pattern.endsWith('*')) return ` ${words} `.includes(` ${pattern} `);
  return ` ${words}`.includes(` ${pattern.slice(0, -1)}`);
}

/**
 * The segment a free text names, as an index into `SEGMENT_KEYS`: empty
 * is `unspecified`; a key or a segment's label in either language names
 * it; else words such as "universidad", "público", "empresa",
 * "ciudadano" or "otro" do, when they point at one segment only.
 */
export function segmentFromText(text: string): number | string {
  const words = normalizeText(text);
  if (words === '') return UNSPECIFIED;
  for (const [i, key] of SEGMENT_KEYS.entries()) {
    const label = SEGMENT_LABELS[key];
    if (words === normalizeText(key) || words === normalizeText(label.es) ||
      words === normalizeText(label.en)) return i;
  }
  const hits = SEGMENT_WORDS.flatMap((patterns, i) =>
    patterns.some((pattern) => mentions(words, pattern)) ? [i] : []);
  if (hits.length === 1) return hits[0] as number;
  return `segment "${text.trim()}" is not known; name it in the mapping's ` +
    '"segments"';
}
