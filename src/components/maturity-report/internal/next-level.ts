import { html, nothing } from 'lit';
import type { AxisNextLevel, CapacityGap } from
  '../../../engine/next-level.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type { ScoredPart } from '../../../engine/schema/result.ts';
import { fill } from '../../shared/localize.ts';
import {
  type ReportContext,
  levelName,
  levelText,
  levelsOf,
  partName,
  scoreText,
} from './context.ts';
import { renderMissing } from './missing.ts';

/** The answers' view of what each axis lacks, when there is one. */
export interface Gaps {
  instrument: Instrument;
  axes: AxisNextLevel[];
}

function renderGap(ctx: ReportContext, instrument: Instrument,
  gap: CapacityGap) {
  const { lang } = ctx;
  const capacity = instrument.axes.flatMap((axis) => axis.capacities)
    .find((c) => c.id === gap.capacityId);
  if (!capacity) return nothing;
  const asked = capacity.kind === 'rubric'
    ? [capacity.options[(gap.optionLevel ?? 1) - 1]?.text[lang]]
    : capacity.statements.filter((s) => gap.statementIds?.includes(s.id))
      .map((s) => s.text[lang]);
  return html`<li><strong>${capacity.title[lang]}:</strong>
    ${asked.length === 1 ? asked[0]
      : html`<ul>${asked.map((text) => html`<li>${text}</li>`)}</ul>`}
  </li>`;
}

function renderAxis(ctx: ReportContext, axis: ScoredPart, gaps?: Gaps) {
  const { t, lang, model } = ctx;
  const { level } = axis;
  const target = level === null || level >= levelsOf(ctx) ? null
    : level + 1;
  const next = gaps?.axes.find((g) => g.axisId === axis.id);
  let advice: unknown = html`<p>${t.topLevel}</p>`;
  if (level === null) advice = html`<p>${t.axisNoData}</p>`;
  else if (target !== null) {
    advice = html`<p class="next-for">${fill(t.nextFor, { level: target,
      name: levelName(ctx, target) })}
      ${model.scales.capacity[target - 1]?.[lang]}</p>
      ${next?.gaps.length
        ? html`<p>${t.gapsLead}</p><ul class="gaps">${next.gaps.map((gap) =>
          renderGap(ctx, gaps!.instrument, gap))}</ul>`
        : nothing}`;
  }
  return html`<section class="axis-next" part="axis-next"
    data-axis=${axis.id} aria-labelledby="next-${axis.id}">
    <h4 id="next-${axis.id}">${partName(ctx, axis.id)}</h4>
    <p class="axis-level"><span class="level-badge"
      >${levelText(ctx, level)}</span> ${scoreText(ctx, axis.score)}</p>
    ${advice}
  </section>`;
}

/**
 * Per enabling axis: its level, what the model says of the level above
 * and, when the assessment carries the self-diagnosis answers, what
 * each capacity still lacks (the engine's next-level gaps).
 */
export function renderNextLevel(ctx: ReportContext, gaps?: Gaps) {
  const { t, model, assessment } = ctx;
  const capacity = assessment.capacity;
  const byId = new Map(capacity?.axes.map((a) => [a.id, a]));
  return html`<section class="report-section next-level"
    part="next-level" aria-labelledby="next-heading">
    <h3 id="next-heading">${t.nextHeading}</h3>
    ${capacity && capacity.score !== null
      ? html`<p>${t.nextLead}</p>${model.axes.map((axis) => renderAxis(ctx,
        byId.get(axis.id) ?? { id: axis.id, score: null, level: null },
        gaps))}`
      : renderMissing(ctx, 'capacity')}
  </section>`;
}
