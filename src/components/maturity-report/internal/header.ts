import { html, nothing } from 'lit';
import type { Issue } from '../../../engine/schema/issues.ts';
import { fill } from '../../shared/localize.ts';
import { type ReportContext, heading, levelsOf } from './context.ts';
import { formatIsoDate } from './dates.ts';
import { noteText, notesSentences } from './notes.ts';

/** What loading changed in the document, for the header to tell. */
export interface LoadNotes {
  notes: Issue[];
  migratedFrom?: string;
}

/**
 * What loading changed, in sentences of the report's language; which
 * values, in a disclosure that is not printed. The engine's own notes
 * reach developers in the `sctmm-import` event.
 */
function renderNotes(ctx: ReportContext, { notes, migratedFrom }: LoadNotes) {
  const { t } = ctx;
  const migrated = migratedFrom
    ? html`<p class="note">${fill(t.migrated, { from: migratedFrom,
      to: ctx.assessment.edition })}</p>`
    : nothing;
  if (!notes.length) return migrated;
  return html`${migrated}<div class="note" part="notes">
    <p>${notesSentences(t, notes).join(' ')}</p>
    <details class="notes-details">
      <summary>${t.notesSummary}</summary>
      <ul class="issues">${notes.map((note) =>
        html`<li>${noteText(ctx, note)}</li>`)}</ul>
    </details>
  </div>`;
}

/** The title, the entity, the date and the model's edition. */
export function renderHeader(ctx: ReportContext, loaded: LoadNotes) {
  const { t, lang, model, assessment } = ctx;
  const { entity } = assessment;
  return html`<header class="report-header" part="header">
    ${heading(ctx, 0, t.title, { className: 'title' })}
    <p class="entity">${entity.name}</p>
    <ul class="facts">
      ${entity.divipola
        ? html`<li>${fill(t.divipola, { code: entity.divipola })}</li>`
        : nothing}
      <li>${fill(t.measuredOn, {
        date: formatIsoDate(assessment.measuredAt, lang) })}</li>
      <li>${fill(t.edition, { model: model.name[lang],
        edition: model.edition, levels: levelsOf(ctx) })}</li>
    </ul>
    ${renderNotes(ctx, loaded)}
  </header>`;
}
