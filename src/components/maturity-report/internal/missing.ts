import { html } from 'lit';
import type { Measurement } from '../../../engine/schema/model.ts';
import type { ReportContext } from './context.ts';

/** The element that takes each measurement. */
const ELEMENTS: Record<Measurement, string> = {
  perception: '<sctmm-perception-survey>',
  results: '<sctmm-results-table>',
  capacity: '<sctmm-self-diagnosis>',
};

/**
 * A measurement shown as missing, never as zero, with how to take it:
 * the sentence around the element's name, the name as code.
 */
export function renderMissing(ctx: ReportContext, part: Measurement) {
  const { t } = ctx;
  const [before, after] = t.howTo[part].split('{element}');
  return html`<div class="missing" part="missing">
    <p><strong>${t.missing}.</strong> ${t.missingText}</p>
    <p>${before}<code>${ELEMENTS[part]}</code>${after}</p>
  </div>`;
}
