import { html, nothing } from 'lit';
import { SEGMENT_LABELS } from '../../../engine/perception-labels.ts';
import type { SegmentKey } from '../../../engine/schema/perception.ts';
import { SEGMENTS } from '../../../engine/schema/survey.ts';
import { fill } from '../../shared/localize.ts';
import {
  type Choice,
  renderRadioGroup,
} from '../../shared/wizard/choices.ts';
import { SEGMENT_ID } from './answers.ts';
import type { SurveyContext } from './context.ts';
import { plural } from './plural.ts';

/** What the first step says about the survey around the question. */
export interface SurveyAbout {
  entityName?: string;
  /** Whether answers are saved on the device as they are given. */
  persisted: boolean;
  /** The number of dimensions the survey asks about. */
  themes: number;
  /** Responses of this device that wait in the outbox to be sent. */
  pending: number;
}

/** The segment question: the four segments and "prefer not to say". */
export function renderSegmentQuestion(ctx: SurveyContext) {
  const { t, lang, answers } = ctx;
  const choices: Choice<SegmentKey>[] = SEGMENTS.map((segment) => ({
    value: segment,
    label: SEGMENT_LABELS[segment][lang],
  }));
  choices.push({ value: 'unspecified', label: t.segmentNone,
    className: 'none' });
  const current = answers.segment === null ? 'unspecified'
    : answers.segment;

  return renderRadioGroup<SegmentKey>({
    id: SEGMENT_ID,
    kind: 'question',
    legend: html`<span class="question-title">${t.segmentLegend}</span>`,
    help: html`<p class="help">${t.segmentHelp}</p>`,
    choices,
    current,
    error: ctx.showErrors ? t.fieldError : undefined,
    answer: (value) =>
      ctx.chooseSegment(value === 'unspecified' ? null : value),
  });
}

/** How long the survey is: "Son 42 frases sobre 6 temas; toma…". */
function sizeText(ctx: SurveyContext, themes: number): string {
  const { t, lang } = ctx;
  const count = ctx.survey.statements.length;
  return fill(t.size, {
    statements: plural(lang, t.sizeStatements, count),
    themes: plural(lang, t.sizeThemes, themes),
    minutes: plural(lang, t.sizeMinutes, Math.max(2, Math.round(count / 4))),
  });
}

/**
 * The first step: responses of an earlier visit still waiting to be
 * sent, what the survey is, that it collects no personal data, how long
 * it takes, where answers stay, then the segment.
 */
export function renderSegmentStep(ctx: SurveyContext, about: SurveyAbout) {
  const { t, lang, survey } = ctx;
  return html`${about.pending
      ? html`<p class="pending" part="pending">${plural(lang, t.pending,
        about.pending)}</p>`
      : nothing}
    <p class="lead">${survey.title[lang]}</p>
    ${survey.intro ? html`<p>${survey.intro[lang]}</p>` : nothing}
    <p class="privacy" part="privacy">${t.privacy}</p>
    ${about.entityName
      ? html`<p>${fill(t.entity, { name: about.entityName })}</p>`
      : nothing}
    <p>${sizeText(ctx, about.themes)}</p>
    <p>${about.persisted ? t.persisted : t.notPersisted}</p>
    ${renderSegmentQuestion(ctx)}`;
}
