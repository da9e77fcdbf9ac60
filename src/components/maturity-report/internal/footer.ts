import { html } from 'lit';
import { fill } from '../../shared/localize.ts';
import type { ReportContext } from './context.ts';
import { formatIsoDate, formatToday } from './dates.ts';
import type { Origin } from './load.ts';

/** Where the report says its data came from. */
export function sourceText(ctx: ReportContext, origin: Origin,
  source: string): string {
  const { t, lang, model } = ctx;
  if (origin === 'src') return new URL(source, document.baseURI).href;
  if (origin === 'file') return fill(t.sourceFile, { file: source });
  return fill(t.sourceModel, { model: model.name[lang] });
}

/**
 * The entity, the date of measurement, the source and the day printed.
 * On screen it closes the report; on paper it repeats at the foot of
 * every page (a fixed box, which Chromium prints on each page).
 */
export function renderFooter(ctx: ReportContext, origin: Origin,
  source: string) {
  const { t, lang, assessment } = ctx;
  return html`<footer class="page-footer" part="footer">${fill(t.footer, {
    entity: assessment.entity.name,
    date: formatIsoDate(assessment.measuredAt, lang),
    source: sourceText(ctx, origin, source),
    today: formatToday(lang),
  })}</footer>`;
}
