import type { Lang } from '../../engine/schema/common.ts';

/** Turns any BCP 47 tag into a language the library speaks. */
export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'es';
}

/**
 * The language of `element`: its own `lang` (property or attribute), else
 * the nearest ancestor's (across shadow roots), else Spanish.
 */
export function langOf(element: Element): Lang {
  const own = (element as Partial<HTMLElement>).lang;
  if (own) return toLang(own);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLang(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return 'es';
}

const locales: Record<Lang, string> = { es: 'es-CO', en: 'en-US' };

/** The locale used to format numbers and dates in `lang`. */
export function localeOf(lang: Lang): string {
  return locales[lang];
}

const scoreFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A score with one decimal as people of `lang` write it: 4,2 or 4.2.
 * Formatters are made once per language: charts format dozens of values
 * on every update, and making one costs more than using it.
 */
export function formatScore(score: number, lang: Lang): string {
  let format = scoreFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    scoreFormats.set(lang, format);
  }
  return format.format(Math.round(score * 10 + 1e-9) / 10);
}

/** Fills `{name}` placeholders of a message with values. */
export function fill(
  template: string,
  values: Record<string, string | number>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
