import { html, nothing } from 'lit';
import {
  MEASUREMENTS,
  maturityIndex,
} from '../../../engine/maturity-index.ts';
import type { Measurement } from '../../../engine/schema/model.ts';
import { snapshotFromAssessment } from '../../../engine/snapshot.ts';
import { formatList } from '../../shared/list-format.ts';
import { fill, formatScore } from '../../shared/localize.ts';
import {
  type ReportContext,
  heading,
  levelName,
  levelsOf,
} from './context.ts';

/** The scores of the three measurements, `null` for one not taken. */
export function measurementScores(ctx: ReportContext) {
  return Object.fromEntries(MEASUREMENTS.map((part) =>
    [part, ctx.assessment[part]?.score ?? null])) as
    Record<Measurement, number | null>;
}

/** The sentences that say how the index was made, through the engine. */
export function indexSentences(ctx: ReportContext): string[] {
  const { t, lang, model } = ctx;
  const scores = measurementScores(ctx);
  const index = maturityIndex(scores, undefined, model);
  if (index.score === null || index.level === null) return [t.indexNone];

  const present = MEASUREMENTS.filter((part) => scores[part] !== null);
  const missing = MEASUREMENTS.filter((part) => scores[part] === null);
  const parts = present.map((part) => fill(t.indexPart, {
    name: t.measurementShort[part],
    score: formatScore(scores[part]!, lang),
  }));
  const sentences = [fill(t.indexSentence, {
    parts: formatList(parts, lang),
    score: formatScore(index.score, lang),
    levels: levelsOf(ctx),
    level: index.level,
    name: levelName(ctx, index.level),
  })];
  if (index.partial) {
    sentences.push(fill(missing.length === 1 ? t.indexPartialOne
      : t.indexPartialOther, {
      missing: formatList(missing.map((part) => t.measurementShort[part]),
        lang),
    }));
  }
  return sentences;
}

/** The index as the badge's card, and the sentences that explain it. */
export function renderIndex(ctx: ReportContext) {
  const { t, lang, model, assessment } = ctx;
  const snapshot = snapshotFromAssessment(assessment, { model });
  return html`<section class="report-section index" part="index"
    aria-labelledby="index-heading">
    ${heading(ctx, 1, t.indexHeading,
      { id: 'index-heading', className: 'section-heading' })}
    ${snapshot
      ? html`<sctmm-index-badge class="badge" part="badge" variant="card"
          lang=${lang} .snapshot=${snapshot}></sctmm-index-badge>`
      : nothing}
    ${indexSentences(ctx).map((sentence) =>
      html`<p class="index-sentence" part="index-sentence">${sentence}</p>`)}
  </section>`;
}
