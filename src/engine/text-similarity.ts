import { normalizeText } from './answer-text.ts';

function trigrams(text: string): Map<string, number> {
  const padded = `  ${normalizeText(text)} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike two texts read, from 0 (nothing shared) to 1 (the same once
 * accents, case and punctuation are dropped): the Dice coefficient of
 * their character trigrams. It forgives a changed word or two, a
 * question mark, a numbering prefix.
 */
export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return total ? (2 * shared) / total : 0;
}
