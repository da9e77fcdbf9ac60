import { html, nothing } from 'lit';
import type { AxisNextLevel, CapacityGap } from '../../../engine/next-level.ts';
import type { Instrument } from '../../../engine/schema/instrument.ts';
import type {
  AxisResult,
  CapacityResult,
} from '../../../engine/schema/result.ts';
import { fill, formatScore, localeOf } from '../../shared/localize.ts';
import type { StepContext } from './context.ts';

function levelText(ctx: StepContext, level: number | null): string {
  if (level === null) return ctx.t.noData;
  return fill(ctx.t.levelName, {
    level,
    levels: ctx.instrument.levels,
    name: ctx.model.levels[level - 1]?.name[ctx.lang] ?? '',
  });
}

function scoreText(ctx: StepContext, score: number | null): string {
  return score === null ? ctx.t.noData : formatScore(score, ctx.lang);
}

/** "Puntaje: 3,4 de 6", or only "Sin datos" when there is no score. */
function scoreOutOf(ctx: StepContext, score: number | null): string {
  if (score === null) return ctx.t.noData;
  return fill(ctx.t.scoreOf, {
    score: formatScore(score, ctx.lang),
    levels: ctx.instrument.levels,
  });
}

function capacityOf(instrument: Instrument, id: string) {
  for (const axis of instrument.axes) {
    const found = axis.capacities.find((c) => c.id === id);
    if (found) return found;
  }
  return undefined;
}

function renderGap(ctx: StepContext, gap: CapacityGap) {
  const capacity = capacityOf(ctx.instrument, gap.capacityId);
  if (!capacity) return nothing;
  const title = capacity.title[ctx.lang];
  if (capacity.kind === 'rubric') {
    const option = capacity.options[(gap.optionLevel ?? 1) - 1];
    return html`<li><strong>${title}:</strong> ${option?.text[ctx.lang]}</li>`;
  }
  const texts = capacity.statements
    .filter((s) => gap.statementIds?.includes(s.id))
    .map((s) => html`<li>${s.text[ctx.lang]}</li>`);
  return html`<li><strong>${title}:</strong><ul>${texts}</ul></li>`;
}

function renderAxis(ctx: StepContext, axis: AxisResult, next?: AxisNextLevel) {
  const { t, lang, model } = ctx;
  const name = model.axes.find((a) => a.id === axis.id)?.name[lang];
  const descriptor = axis.level === null ? undefined
    : model.scales.capacity[axis.level - 1]?.[lang];
  let advice: unknown = nothing;
  if (axis.level === null) advice = html`<p>${t.noDataAxis}</p>`;
  else if (!next?.target) advice = html`<p>${t.topLevel}</p>`;
  else if (next.gaps.length) {
    advice = html`<p>${fill(t.nextFor, {
      level: next.target,
      name: model.levels[next.target - 1]?.name[lang] ?? '',
    })}</p>
      <ul class="gaps">${next.gaps.map((gap) => renderGap(ctx, gap))}</ul>`;
  }

  return html`<section class="axis-result" part="axis-result">
    <h4>${name ?? axis.id}</h4>
    <p class="axis-level">
      <span class="level-badge" data-level=${axis.level ?? 'none'}
        >${levelText(ctx, axis.level)}</span
      >
      <span class="axis-score">${scoreOutOf(ctx, axis.score)}</span>
    </p>
    ${descriptor ? html`<p class="descriptor">${descriptor}</p>` : nothing}
    ${advice}
  </section>`;
}

/** The axis scores as a radar, one spoke per axis the instrument asks. */
function renderRadar(ctx: StepContext, result: CapacityResult) {
  const { lang, model, instrument, t } = ctx;
  const axes = result.axes.map((axis) => ({
    key: axis.id,
    label: model.axes.find((a) => a.id === axis.id)?.name[lang] ?? axis.id,
  }));
  const values = Object.fromEntries(
    result.axes.map((axis) => [axis.id, axis.score]),
  );
  return html`<sctmm-radar-chart
    class="radar"
    part="radar"
    lang=${lang}
    max=${instrument.levels}
    .axes=${axes}
    .series=${[{ name: t.radarSeries, values }]}
  ></sctmm-radar-chart>`;
}

function renderTable(ctx: StepContext, result: CapacityResult) {
  const { t, lang, model } = ctx;
  return html`<table class="result-table" part="result-table">
    <caption>${t.tableCaption}</caption>
    <thead>
      <tr>
        <th scope="col">${t.colAxis}</th>
        <th scope="col">${t.colScore}</th>
        <th scope="col">${t.colLevel}</th>
      </tr>
    </thead>
    <tbody>
      ${result.axes.map(
        (axis) => html`<tr>
          <th scope="row">
            ${model.axes.find((a) => a.id === axis.id)?.name[lang] ?? axis.id}
          </th>
          <td>${scoreText(ctx, axis.score)}</td>
          <td>${levelText(ctx, axis.level)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The result: the overall level with its descriptor, a table of the
 * axes, and per axis its level and what the next level asks for.
 */
export function renderResult(
  ctx: StepContext,
  result: CapacityResult,
  nextLevels: AxisNextLevel[],
  about: { entityName?: string; date: Date },
) {
  const { t, lang, model, instrument } = ctx;
  const descriptor = result.level === null ? undefined
    : model.scales.capacity[result.level - 1]?.[lang];
  const date = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' })
    .format(about.date);
  return html`<section class="overall" part="overall">
      <h3>${t.overallHeading}</h3>
      ${about.entityName
        ? html`<p class="meta">${fill(t.resultEntity, {
            entity: about.entityName,
          })}</p>`
        : nothing}
      <p class="meta">${fill(t.resultMeta, {
        date,
        instrument: `${instrument.title[lang]} ${instrument.version}`,
      })}</p>
      <p class="overall-level">
        <span class="level-badge" data-level=${result.level ?? 'none'}
          >${levelText(ctx, result.level)}</span
        >
      </p>
      <p class="overall-score">${scoreOutOf(ctx, result.score)}</p>
      ${descriptor ? html`<p class="descriptor">${descriptor}</p>` : nothing}
      <p class="rule">${t.levelRule}</p>
    </section>
    <section class="axes">
      <h3>${t.axesHeading}</h3>
      ${renderRadar(ctx, result)}
      ${renderTable(ctx, result)}
      ${result.axes.map((axis, a) => renderAxis(ctx, axis, nextLevels[a]))}
    </section>`;
}
