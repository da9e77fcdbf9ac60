import { html, nothing } from 'lit';
import type { Measurement } from '../../../engine/schema/model.ts';
import { formatList } from '../../shared/list-format.ts';
import { fill } from '../../shared/localize.ts';
import type { ReportContext } from './context.ts';

/**
 * A measurement shown as missing, never as zero, with how a planning
 * office takes it. The report says this once per measurement, in the
 * section of the three measurements.
 */
export function renderMissing(ctx: ReportContext, part: Measurement) {
  const { t } = ctx;
  return html`<div class="missing" part="missing">
    <p><strong>${t.missing}.</strong> ${t.missingText}</p>
    <p class="how-to">${t.howTo[part]}</p>
  </div>`;
}

/**
 * Elsewhere in the report, one line that names the measurements not
 * taken and points to where the report says how to take them.
 */
export function renderMissingRef(ctx: ReportContext, parts: Measurement[]) {
  const { t, lang } = ctx;
  if (!parts.length) return nothing;
  const names = formatList(parts.map((part) => t.measurementShort[part]),
    lang);
  return html`<p class="missing-ref">${fill(parts.length === 1
    ? t.missingRefOne : t.missingRefOther,
  { names, section: t.measurementsHeading })}</p>`;
}
