import { html, nothing } from 'lit';
import type { AxisNextLevel, CapacityGap } from
  '../../../engine/next-level.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type { ScoredPart } from '../../../engine/schema/result.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import {
  type ReportContext,
  heading,
  levelName,
  levelText,
  levelsOf,
  partName,
  taken,
} from './context.ts';
import { renderMissingRef } from './missing.ts';

/** The answers' view of what each axis lacks, when there is one. */
export interface Gaps {
  instrument: Instrument;
  axes: AxisNextLevel[];
}

/** Axes at one level (`null`: no data), in the model's order. */
interface LevelGroup {
  level: number | null;
  axes: ScoredPart[];
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

/** One axis of a group: its score and, from the answers, what it lacks. */
function renderAxis(ctx: ReportContext, axis: ScoredPart, gaps?: Gaps) {
  const { t, lang } = ctx;
  const name = partName(ctx, axis.id);
  const lacks = gaps?.axes.find((g) => g.axisId === axis.id)?.gaps ?? [];
  return html`<li data-axis=${axis.id}>
    <p class="axis-score">${axis.score === null ? name
      : fill(t.axisScore, { name, levels: levelsOf(ctx),
        score: formatScore(axis.score, lang) })}</p>
    ${gaps && lacks.length
      ? html`<p>${t.gapsLead}</p><ul class="gaps">${lacks.map((gap) =>
        renderGap(ctx, gaps.instrument, gap))}</ul>`
      : nothing}
  </li>`;
}

/** What the level above asks, said once for every axis at `level`. */
function advice(ctx: ReportContext, group: LevelGroup) {
  const { t, lang, model } = ctx;
  const one = group.axes.length === 1;
  if (group.level === null) {
    return one ? t.axisNoDataOne : t.axisNoDataOther;
  }
  if (group.level >= levelsOf(ctx)) {
    return one ? t.topLevelOne : t.topLevelOther;
  }
  const target = group.level + 1;
  return `${fill(t.nextFor, { level: target,
    name: levelName(ctx, target) })} ${
    model.scales.capacity[target - 1]?.[lang] ?? ''}`;
}

function renderGroup(ctx: ReportContext, group: LevelGroup, gaps?: Gaps) {
  const title = group.level === null ? ctx.t.noData
    : levelText(ctx, group.level);
  return html`<div class="axis-next" part="axis-next"
    data-level=${group.level ?? 'none'}>
    ${heading(ctx, 2, title, { className: 'part-heading' })}
    <p class="next-for">${advice(ctx, group)}</p>
    <ul class="group-axes">${group.axes.map((axis) =>
      renderAxis(ctx, axis, gaps))}</ul>
  </div>`;
}

/** The axes grouped by level, lowest first, those without data last. */
function groupsOf(ctx: ReportContext, axes: ScoredPart[]): LevelGroup[] {
  const byId = new Map(axes.map((axis) => [axis.id, axis]));
  const groups = new Map<number | null, ScoredPart[]>();
  for (const { id } of ctx.model.axes) {
    const axis = byId.get(id) ?? { id, score: null, level: null };
    groups.set(axis.level, [...groups.get(axis.level) ?? [], axis]);
  }
  const rank = (level: number | null) => level ?? Infinity;
  return [...groups].map(([level, members]) => ({ level, axes: members }))
    .sort((a, b) => rank(a.level) - rank(b.level));
}

/**
 * The enabling axes grouped by their level: what the capacity scale
 * says of the level above, once per group, and, when the assessment
 * carries the self-diagnosis answers, what each axis's capacities
 * still lack (the engine's next-level gaps).
 */
export function renderNextLevel(ctx: ReportContext, gaps?: Gaps) {
  const { t } = ctx;
  const capacity = taken(ctx.assessment, 'capacity');
  return html`<section class="report-section next-level"
    part="next-level" aria-labelledby="next-heading">
    ${heading(ctx, 1, t.nextHeading,
      { id: 'next-heading', className: 'section-heading' })}
    ${capacity
      ? html`<p>${t.nextLead}</p>${groupsOf(ctx, capacity.axes).map(
        (group) => renderGroup(ctx, group, gaps))}`
      : renderMissingRef(ctx, ['capacity'])}
  </section>`;
}
