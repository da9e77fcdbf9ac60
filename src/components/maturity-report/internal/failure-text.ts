import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
} from '../../../engine/assessment-format.ts';
import { editions } from '../../../engine/editions.ts';
import type {
  AssessmentImportFailure,
} from '../../../engine/import-assessment.ts';
import type { Lang } from '../../../engine/schema/common.ts';
import type { Issue } from '../../../engine/schema/issues.ts';
import {
  type DocumentName,
  errorMessage,
} from '../../shared/error-messages.ts';
import { formatList } from '../../shared/list-format.ts';
import { fill, localeOf } from '../../shared/localize.ts';
import type { LoadFailure, Origin } from './load.ts';

const es = {
  notAssessment: '{What} ({source}) no es una evaluación: es {kind}.',
  noFormat: '{What} ({source}) no tiene etiqueta de formato (el campo ' +
    '«format»): ¿es una evaluación? Las evaluaciones de sctmm llevan ' +
    '"format": "{format}".',
  olderVersion: '{What} ({source}) es de una versión anterior del ' +
    'formato de evaluación (@{version}) que esta versión de sctmm no ' +
    'puede leer: lee la versión {supported}.',
  newerVersion: '{What} ({source}) usa la versión {version} del formato ' +
    'de evaluación y esta versión de sctmm lee hasta la {supported}. ' +
    'Actualice sctmm para abrirla.',
  unknownEdition: '{What} ({source}) es de la edición «{edition}» del ' +
    'modelo, que sctmm no conoce (conoce {known}).',
  levels: '{What} ({source}) es de la edición {edition} del modelo, con ' +
    '{from} niveles, y este informe usa la edición {target}, con {to}. Un ' +
    'puntaje no se puede pasar a otra escala sin cambiar lo que significa ' +
    'su nivel, así que no se convierte.',
  parts: '{What} ({source}) es de la edición {edition} y mide partes que ' +
    'la edición {target} no tiene: {ids}.',
  tooLarge: '{What} ({source}) pesa {size} y el informe abre archivos ' +
    'de hasta {limit}. Una evaluación ocupa pocos kilobytes: revise que ' +
    'sea el archivo correcto.',
  editionAttribute: 'El atributo edition="{edition}" no es una edición ' +
    'que sctmm conozca ({known}).',
  kinds: {
    'index-snapshot': 'un índice publicado',
    instrument: 'un cuestionario de autodiagnóstico',
    survey: 'una encuesta',
    'survey-response': 'una respuesta de encuesta',
    'perception-aggregate': 'un agregado de percepción',
    model: 'un modelo',
    'saved-progress': 'un avance guardado',
  } as Record<string, string>,
  otherKind: 'un documento «{found}»',
  moreThan: 'algo más de {limit}',
  csvHint: 'Parece un archivo CSV: el informe abre el JSON que el ' +
    'autodiagnóstico exporta con «Descargar JSON».',
};

const en: typeof es = {
  notAssessment: '{What} ({source}) is not an assessment: it is {kind}.',
  noFormat: '{What} ({source}) has no format tag (the “format” field): ' +
    'is it an assessment? Assessments of sctmm carry ' +
    '"format": "{format}".',
  olderVersion: '{What} ({source}) is an older version of the ' +
    'assessment format (@{version}) that this version of sctmm cannot ' +
    'read: it reads version {supported}.',
  newerVersion: '{What} ({source}) uses version {version} of the ' +
    'assessment format, and this version of sctmm reads up to ' +
    '{supported}. Update sctmm to open it.',
  unknownEdition: '{What} ({source}) is of the “{edition}” edition of ' +
    'the model, which sctmm does not know (it knows {known}).',
  levels: '{What} ({source}) is of the {edition} edition of the model, ' +
    'with {from} levels, and this report uses the {target} edition, with ' +
    '{to}. A score cannot move to another scale without changing what its ' +
    'level means, so it is not converted.',
  parts: '{What} ({source}) is of the {edition} edition and measures ' +
    'parts that the {target} edition lacks: {ids}.',
  tooLarge: '{What} ({source}) weighs {size}, and the report opens files ' +
    'of up to {limit}. An assessment takes a few kilobytes: check that ' +
    'it is the right file.',
  editionAttribute: 'The attribute edition="{edition}" is not an edition ' +
    'sctmm knows ({known}).',
  kinds: {
    'index-snapshot': 'a published index',
    instrument: 'a self-diagnosis questionnaire',
    survey: 'a survey',
    'survey-response': 'a survey response',
    'perception-aggregate': 'a perception aggregate',
    model: 'a model',
    'saved-progress': 'saved progress',
  },
  otherKind: 'a “{found}” document',
  moreThan: 'a little over {limit}',
  csvHint: 'It looks like a CSV file: the report opens the JSON that the ' +
    'self-diagnosis exports with “Download JSON”.',
};

const texts = { es, en };

const names: Record<'document' | 'file', DocumentName> = {
  document: { es: 'la evaluación', en: 'the assessment' },
  file: { es: 'el archivo', en: 'the file' },
};

/** How the messages name where a document came from. */
function sourceOf(origin: Origin, source: string, lang: Lang) {
  if (origin === 'file') {
    return lang === 'es' ? `«${source}»` : `“${source}”`;
  }
  if (origin === 'src') return `src="${source}"`;
  return 'assessment';
}

/** A size in bytes as megabytes, as people of `lang` write them. */
function megabytes(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit', unit: 'megabyte', maximumFractionDigits: 1,
  }).format(bytes / 1_000_000);
}

function kindOf(found: string | undefined, lang: Lang): string {
  const tag = /^sctmm\/([a-z-]+)@\d+$/.exec(found ?? '')?.[1];
  return (tag && texts[lang].kinds[tag]) ??
    fill(texts[lang].otherKind, { found: found ?? '' });
}

function importText(failure: AssessmentImportFailure, lang: Lang) {
  const t = texts[lang];
  const known = formatList(Object.keys(editions), lang);
  const { barrier } = failure;
  switch (failure.code) {
    case 'not-json':
    case 'invalid':
      return undefined;
    case 'no-format':
      return fill(t.noFormat, { format: ASSESSMENT_FORMAT });
    case 'not-assessment':
      return fill(t.notAssessment, { kind: kindOf(failure.found, lang) });
    case 'older-version':
      return fill(t.olderVersion, { version: failure.version ?? '',
        supported: ASSESSMENT_VERSION });
    case 'newer-version':
      return fill(t.newerVersion, { version: failure.version ?? '',
        supported: ASSESSMENT_VERSION });
    case 'unknown-edition':
      return fill(t.unknownEdition, { edition: failure.edition ?? '',
        known });
    case 'edition': {
      const values = { edition: failure.edition ?? '',
        target: failure.target ?? '' };
      return barrier?.why === 'levels'
        ? fill(t.levels, { ...values, from: barrier.from, to: barrier.to })
        : fill(t.parts, { ...values,
          ids: formatList(barrier?.ids ?? [], lang) });
    }
  }
}

/** A localized sentence saying why a document cannot be shown. */
export function failureText(
  lang: Lang,
  failure: LoadFailure,
  origin: Origin,
  source: string,
): string {
  const what = names[origin === 'file' ? 'file' : 'document'];
  const name = what[lang];
  const values = { What: name.charAt(0).toUpperCase() + name.slice(1),
    source: sourceOf(origin, source, lang) };
  if (failure.kind === 'fetch') {
    const text = errorMessage(lang, failure.code, what,
      { source: values.source, status: failure.status });
    return failure.code === 'not-json' ? withCsvHint(text, source, lang)
      : text;
  }
  if (failure.kind === 'object-attribute') {
    return errorMessage(lang, failure.kind, what,
      { property: 'assessment' });
  }
  if (failure.kind === 'too-large') {
    const limit = megabytes(failure.limit, lang);
    const size = megabytes(failure.size, lang);
    return fill(texts[lang].tooLarge, { ...values, limit,
      size: size === limit ? fill(texts[lang].moreThan, { limit }) : size });
  }
  if (failure.kind === 'edition') {
    return fill(texts[lang].editionAttribute, { edition: failure.edition,
      known: formatList(Object.keys(editions), lang) });
  }
  const own = importText(failure.failure, lang);
  if (own) return fill(own, values);
  const code = failure.failure.code === 'not-json' ? 'not-json' : 'schema';
  const text = errorMessage(lang, code, what, { source: values.source });
  return code === 'not-json' ? withCsvHint(text, source, lang) : text;
}

/** `text`, and where the JSON comes from when `source` is a CSV file. */
function withCsvHint(text: string, source: string, lang: Lang): string {
  const path = source.split(/[?#]/)[0]!;
  return /\.csv$/i.test(path) ? `${text} ${texts[lang].csvHint}` : text;
}

/** The issues to list under the sentence, in English, by path. */
export function failureIssues(failure: LoadFailure): Issue[] {
  if (failure.kind === 'fetch' || failure.kind === 'object-attribute' ||
    failure.kind === 'too-large') {
    return [];
  }
  if (failure.kind === 'edition') {
    return [{ path: 'edition',
      message: `expected one of ${Object.keys(editions).join(', ')}` }];
  }
  const { code, issues, reason } = failure.failure;
  if (issues.length || code === 'not-json') return issues;
  const path = code === 'unknown-edition' || code === 'edition'
    ? 'edition' : 'format';
  return [{ path, message: reason }];
}
