import type { Lang } from '../../../engine/schema/common.ts';
import { errorMessage } from '../../shared/error-messages.ts';
import type { ErrorCode } from '../../shared/events.ts';
import { formatList } from '../../shared/list-format.ts';
import { fill, formatScore, localeOf } from '../../shared/localize.ts';
import type { IndexBadgeMessages } from '../messages.ts';
import type { BadgeFailure } from './load-snapshot.ts';
import type { BadgeView } from './view.ts';

/** What every text of the badge depends on. */
export interface TextContext {
  lang: Lang;
  t: IndexBadgeMessages;
  view: BadgeView;
  /** The badge's label: the `label` attribute, else "Índice CTI". */
  label: string;
  maxAge: number;
  timeout: number;
  src?: string;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO date as people of `lang` write it: 30 de junio de 2026. */
export function formatDate(iso: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang),
      { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const [year, month, day] = iso.split('-').map(Number);
  return format.format(Date.UTC(year!, month! - 1, day!));
}

/** The text of the badge's value: "Nivel 4 · 3,8", or why there is none. */
export function valueText({ t, lang, view }: TextContext): string {
  const { data, failure } = view;
  if (data) {
    return fill(t.value, { level: data.level,
      score: formatScore(data.score, lang) });
  }
  if (view.state === 'error' && failure) {
    return fill(t.short[failure.reason], { status: failure.status ?? '' });
  }
  return view.state === 'loading' ? t.loading : t.empty;
}

/** The notes beside the value: partial, out of date. */
export function notes({ t, view }: TextContext): string[] {
  const found: string[] = [];
  if (view.data?.missing.length) found.push(t.partial);
  if (view.state === 'stale') found.push(t.stale);
  return found;
}

/** Where a failure came from, as the error messages name it. */
function failureSource(ctx: TextContext, failure: BadgeFailure) {
  const { t, view } = ctx;
  if (view.origin === 'attribute') {
    const names = [...new Set(failure.issues.map((i) => i.path))];
    return { what: t.attribute, source: names.join(', ') };
  }
  if (view.origin === 'property') {
    return { what: t.property, source: 'snapshot' };
  }
  return { what: t.document, source: `src="${ctx.src ?? ''}"` };
}

/** The sentence that says why the badge has no value, in full. */
export function failureMessage(ctx: TextContext, failure: BadgeFailure) {
  const { lang, t } = ctx;
  const { what, source } = failureSource(ctx, failure);
  if (failure.reason === 'timeout') {
    const seconds = new Intl.NumberFormat(localeOf(lang))
      .format(ctx.timeout);
    return fill(t.timeout, { what, source, seconds });
  }
  const names = { es: what, en: what };
  const code: ErrorCode = failure.reason;
  return errorMessage(lang, code, names, { source, status: failure.status })
    .replace(/:$/, '.');
}

function missingParts({ t, lang, view }: TextContext): string {
  const names = (view.data?.missing ?? [])
    .map((part) => t.parts[part].toLocaleLowerCase(localeOf(lang)));
  return formatList(names, lang);
}

/**
 * The sentences that qualify the value (partial, out of date, not
 * updated), or the one that says why there is no value.
 */
export function details(ctx: TextContext): string[] {
  const { t, view } = ctx;
  const { data, failure } = view;
  if (!data) {
    return view.state === 'error' && failure
      ? [failureMessage(ctx, failure)] : [];
  }
  const found: string[] = [];
  if (data.missing.length) {
    found.push(fill(t.partialSentence, { parts: missingParts(ctx) }));
  }
  if (view.old) found.push(fill(t.oldSentence, { days: ctx.maxAge }));
  if (failure) {
    found.push(fill(t.refreshSentence, {
      reason: fill(t.short[failure.reason], { status: failure.status ?? '' }),
    }));
  }
  return found;
}

/** The name of the index, with the entity's when it is known. */
function indexName({ t, view }: TextContext): string {
  const entity = view.data?.entity;
  return entity ? fill(t.of, { name: t.name, entity }) : t.name;
}

/**
 * The badge's accessible name: a full sentence with the entity, level,
 * level name, score, scale and date of measurement, then what makes the
 * value partial or out of date; or why there is no value.
 */
export function sentence(ctx: TextContext): string {
  const { t, lang, view } = ctx;
  const { data } = view;
  if (!data) {
    const template = view.state === 'error' ? t.unavailable
      : view.state === 'loading' ? t.loadingSentence : t.emptySentence;
    return [fill(template, { name: t.name }), ...details(ctx)].join(' ');
  }

  let text = fill(t.sentence, {
    name: indexName(ctx),
    level: data.level,
    levelName: data.levelName?.[lang] ?? '',
    score: formatScore(data.score, lang),
    levels: data.levels,
  });
  if (data.measuredAt) {
    text += `, ${fill(t.measured, {
      date: formatDate(data.measuredAt, lang) })}`;
  }
  return [`${text}.`, ...details(ctx)].join(' ');
}
