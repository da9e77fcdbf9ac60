import type { Lang, LocalizedText } from './schema/common.ts';
import type { SegmentKey } from './schema/perception.ts';
import type { Survey } from './schema/survey.ts';

/**
 * The library's wording of the agreement scales it names point by point,
 * keyed by their number of points: 6 (the 2020 model) and 5 (2021).
 */
export const AGREEMENT_SCALES: Readonly<Record<5 | 6, LocalizedText[]>> = {
  6: [
    { es: 'Totalmente en desacuerdo', en: 'Strongly disagree' },
    { es: 'En desacuerdo', en: 'Disagree' },
    { es: 'Algo en desacuerdo', en: 'Somewhat disagree' },
    { es: 'Algo de acuerdo', en: 'Somewhat agree' },
    { es: 'De acuerdo', en: 'Agree' },
    { es: 'Totalmente de acuerdo', en: 'Strongly agree' },
  ],
  5: [
    { es: 'Totalmente en desacuerdo', en: 'Strongly disagree' },
    { es: 'En desacuerdo', en: 'Disagree' },
    {
      es: 'Ni de acuerdo ni en desacuerdo',
      en: 'Neither agree nor disagree',
    },
    { es: 'De acuerdo', en: 'Agree' },
    { es: 'Totalmente de acuerdo', en: 'Strongly agree' },
  ],
};

/** The wording of the answer "don't know". */
export const DONT_KNOW_LABEL: LocalizedText = {
  es: 'No sé',
  en: "Don't know",
};

/**
 * The name of each segment of the quadruple helix, and of `unspecified`
 * for respondents who did not say which one they belong to.
 */
export const SEGMENT_LABELS: Readonly<Record<SegmentKey, LocalizedText>> = {
  academia: { es: 'Academia', en: 'Academia' },
  public: { es: 'Sector público', en: 'Public sector' },
  private: { es: 'Sector privado', en: 'Private sector' },
  'civil-society': { es: 'Sociedad civil', en: 'Civil society' },
  unspecified: { es: 'Sin especificar', en: 'Not stated' },
};

function namedEndpoints(levels: number): LocalizedText[] {
  const first = AGREEMENT_SCALES[6][0] as LocalizedText;
  const last = AGREEMENT_SCALES[6][5] as LocalizedText;
  return Array.from({ length: levels }, (_, i) => {
    if (i === 0) return first;
    if (i === levels - 1) return last;
    return { es: String(i + 1), en: String(i + 1) };
  });
}

/**
 * The label of each point 1..`levels` of the agreement scale in `lang`.
 * The survey's own `agreement` wins when it has one text per point; else
 * the library's wording for 5 and 6 points; for any other count, the
 * endpoints are named and the points between them are numbered.
 * Throws a `RangeError` when `levels` is not a whole number of at least 2.
 */
export function agreementLabels(
  levels: number,
  lang: Lang,
  survey?: Survey,
): string[] {
  if (!Number.isInteger(levels) || levels < 2) {
    throw new RangeError(`agreementLabels: levels is ${levels}; a scale ` +
      'needs a whole number of at least 2 points.');
  }

  const own = survey?.agreement;
  const texts = own && own.length === levels
    ? own
    : levels === 5 || levels === 6
      ? AGREEMENT_SCALES[levels]
      : namedEndpoints(levels);
  return texts.map((text) => text[lang]);
}
