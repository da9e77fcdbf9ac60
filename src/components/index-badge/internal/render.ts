import { html, nothing } from 'lit';
import { MEASUREMENTS } from '../../../engine/maturity-index.ts';
import { issueToString } from '../../../engine/schema/issues.ts';
import { levelBand } from '../../../engine/shields.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import {
  type TextContext,
  details,
  formatDate,
  notes,
  sentence,
  valueText,
} from './texts.ts';

/** The classes of the badge's box: its state and its level's band. */
function boxClass({ view }: TextContext, kind: 'badge' | 'card') {
  const band = view.data
    ? ` band-${levelBand(view.data.level, view.data.levels)}` : '';
  return `${kind} state-${view.state}${band}`;
}

/** The label, the value and the notes, side by side. */
function segments(ctx: TextContext) {
  const extra = notes(ctx);
  return html`<span class="label" part="label">${ctx.label}</span
    ><span class="value" part="value">${valueText(ctx)}</span
    >${extra.length
      ? html`<span class="note" part="note">${extra.join(' · ')}</span>`
      : nothing}`;
}

/**
 * The flat badge: one line, read as an image whose name is the full
 * sentence.
 */
export function renderFlat(ctx: TextContext) {
  return html`<div class=${boxClass(ctx, 'badge')} part="badge" role="img"
    aria-label=${sentence(ctx)}
    aria-busy=${ctx.view.state === 'loading' ? 'true' : nothing}
    >${segments(ctx)}</div>`;
}

function renderParts(ctx: TextContext) {
  const { t, lang, view } = ctx;
  const parts = view.data?.parts;
  if (!parts) return nothing;
  return html`<dl class="parts" part="parts">${MEASUREMENTS.map((name) => {
    const part = parts[name];
    const text = part
      ? fill(t.partScore, { score: formatScore(part.score, lang),
        level: part.level })
      : t.notMeasured;
    return html`<div class="part" part="part"><dt>${t.parts[name]}</dt
      ><dd>${text}</dd></div>`;
  })}</dl>`;
}

function renderIssues(ctx: TextContext) {
  const { view } = ctx;
  const issues = view.state === 'error' ? view.failure?.issues ?? [] : [];
  if (!issues.length) return nothing;
  return html`<details class="technical">
    <summary>${ctx.t.technicalDetails}</summary>
    <ul class="issues" part="issues">${issues.map((issue) =>
      html`<li><code>${issueToString(issue)}</code></li>`)}</ul>
  </details>`;
}

/**
 * The card: the entity, the badge, the level's name, the parts, the
 * date of measurement and every note in words, as a named group.
 */
export function renderCard(ctx: TextContext) {
  const { t, lang, view } = ctx;
  const data = view.data;
  const levelName = data?.levelName?.[lang];
  return html`<div class=${boxClass(ctx, 'card')} part="card" role="group"
    aria-label=${sentence(ctx)}
    aria-busy=${view.state === 'loading' ? 'true' : nothing}>
    ${data?.entity
      ? html`<p class="entity" part="entity">${data.entity}</p>` : nothing}
    <p class="badge" part="badge">${segments(ctx)}</p>
    ${data && levelName
      ? html`<p class="level-name" part="level-name">${fill(t.levelName,
        { level: data.level, name: levelName })}</p>`
      : nothing}
    ${renderParts(ctx)}
    ${data?.measuredAt
      ? html`<p class="date" part="date">${fill(t.measuredOn,
        { date: formatDate(data.measuredAt, lang) })}</p>`
      : nothing}
    ${details(ctx).map((text) =>
      html`<p class="message" part="message">${text}</p>`)}
    ${renderIssues(ctx)}
    ${data?.source
      ? html`<p class="source"><a part="source" href=${data.source}
        >${t.source}</a></p>`
      : nothing}
  </div>`;
}
