import { html } from 'lit';
import {
  type AssessedPart,
  weakestAndStrongest,
} from '../../../engine/strengths.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import {
  type ReportContext,
  heading,
  levelName,
  levelsOf,
  partName,
} from './context.ts';

function renderPart(ctx: ReportContext, part: AssessedPart) {
  const { t, lang } = ctx;
  return html`<li>
    <strong>${fill(t.partOf, { name: partName(ctx, part.id),
      measurement: t.measurementShort[part.measurement] })}</strong>:
    ${fill(t.partScore, {
      score: formatScore(part.score, lang),
      levels: levelsOf(ctx),
      level: part.level,
      levelName: levelName(ctx, part.level),
    })}
  </li>`;
}

/**
 * The weakest and the strongest parts (dimensions by perception or
 * results, axes by capacity), ranked by the engine; with fewer than six
 * parts each list takes half of them.
 */
export function renderStrengths(ctx: ReportContext) {
  const { t } = ctx;
  const { weakest, strongest } = weakestAndStrongest(ctx.assessment);
  return html`<section class="report-section strengths" part="strengths"
    aria-labelledby="strengths-heading">
    ${heading(ctx, 1, t.strengthsHeading,
      { id: 'strengths-heading', className: 'section-heading' })}
    <p>${t.strengthsRule}</p>
    ${weakest.length
      ? html`<div class="strength-lists">
          <div part="weakest">
            ${heading(ctx, 2, t.weakestHeading,
              { id: 'weakest-heading', className: 'part-heading' })}
            <ol aria-labelledby="weakest-heading">${weakest.map((part) =>
              renderPart(ctx, part))}</ol>
          </div>
          <div part="strongest">
            ${heading(ctx, 2, t.strongestHeading,
              { id: 'strongest-heading', className: 'part-heading' })}
            <ol aria-labelledby="strongest-heading">${strongest.map(
              (part) => renderPart(ctx, part))}</ol>
          </div>
        </div>`
      : html`<p class="no-data">${t.tooFew}</p>`}
  </section>`;
}
