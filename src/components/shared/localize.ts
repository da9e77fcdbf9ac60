import type { Lang } from '../../engine/schema/common.ts';
import { warnOncePerKind } from './warn.ts';

/**
 * The language the library speaks for a BCP 47 tag, any region or
 * script (`es-CO`, `en-US`), or `undefined` for any other language.
 */
export function spokenLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'en' ? primary : undefined;
}

/** Turns any BCP 47 tag into a language the library speaks. */
export function toLang(tag: string | null | undefined): Lang {
  return spokenLang(tag) ?? 'es';
}

/**
 * The `lang` that applies to `element`, and the element it is written
 * on: its own (property or attribute), else the nearest ancestor's
 * (across shadow roots), the document's included.
 */
function langSource(element: Element): { tag: string; on: Element } | null {
  const own = (element as Partial<HTMLElement>).lang;
  if (own) return { tag: own, on: element };
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return { tag: node.getAttribute('lang')!, on: node };
    }
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return null;
}

/**
 * The language of `element`: its own `lang` (property or attribute), else
 * the nearest ancestor's (across shadow roots), else Spanish. A language
 * the library does not speak is spoken as Spanish, and said once per
 * kind of element and language in the console.
 */
export function langOf(element: Element): Lang {
  const source = langSource(element);
  const tag = source?.tag.trim();
  if (!source || !tag) return 'es';
  const lang = spokenLang(tag);
  if (lang) return lang;
  const where = source.on === element ? ''
    : `, inherited from <${source.on.localName}>,`;
  warnOncePerKind('unsupported-lang', element, tag.toLowerCase(),
    `lang="${tag}"${where} is not a language of this element (es, en); ` +
    'it speaks Spanish.');
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
