import { html, nothing } from 'lit';
import { type Issue, issueToString } from
  '../../../engine/schema/issues.ts';
import { fill } from '../../shared/localize.ts';
import { type ReportContext, levelsOf } from './context.ts';
import { formatIsoDate } from './dates.ts';

/** What loading changed in the document, for the header to tell. */
export interface LoadNotes {
  notes: Issue[];
  migratedFrom?: string;
}

function renderNotes(ctx: ReportContext, { notes, migratedFrom }: LoadNotes) {
  const { t } = ctx;
  const migrated = migratedFrom
    ? html`<p class="note">${fill(t.migrated, { from: migratedFrom,
      to: ctx.assessment.edition })}</p>`
    : nothing;
  if (!notes.length) return migrated;
  const lead = notes.length === 1 ? t.notesOne
    : fill(t.notesOther, { count: notes.length });
  return html`${migrated}<div class="note" part="notes">
    <p>${lead}</p>
    <ul class="issues">${notes.map((note) =>
      html`<li><code>${issueToString(note)}</code></li>`)}</ul>
  </div>`;
}

/** The title, the entity, the date and the model's edition. */
export function renderHeader(ctx: ReportContext, loaded: LoadNotes) {
  const { t, lang, model, assessment } = ctx;
  const { entity } = assessment;
  return html`<header class="report-header" part="header">
    <h2 class="title">${t.title}</h2>
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
